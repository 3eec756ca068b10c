package io.jobwright.auth;

import io.javalin.http.Context;
import io.jobwright.web.Authenticator;
import io.jobwright.web.Principal;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** STUB (to be replaced by the auth work): users, sessions, API tokens. */
public final class AuthService implements Authenticator {

    public AuthService(Jdbi jdbi, Clock clock) {
    }

    @Override
    public Optional<Principal> authenticate(Context ctx) {
        return Optional.empty();
    }

    @Override
    public boolean setupRequired() {
        return true;
    }
}
