package io.jobwright.db;

import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * On SQLite, queues transactions in Java, first come first served, so they never meet SQLite's write lock busy.
 * SQLite allows one writer at a time and makes a blocked writer back off in sleeps of up to 100 ms; under a burst
 * of edits that back-off, not the work, set the slowest response times. Waiting on a fair Java lock instead costs
 * only the time of the transactions ahead. Reentrant, so nested transactions on one thread pass straight through.
 */
final class OneWriterAtATime extends DelegatingTransactionHandler {

    private final ReentrantLock turn = new ReentrantLock(true);

    OneWriterAtATime(TransactionHandler delegate) {
        super(delegate);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        turn.lock();
        try {
            return super.inTransaction(handle, callback);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        turn.lock();
        try {
            return super.inTransaction(handle, level, callback);
        } finally {
            turn.unlock();
        }
    }
}
