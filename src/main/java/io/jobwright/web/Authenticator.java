package io.jobwright.web;

import io.javalin.http.Context;
import java.util.Optional;

/** Checks a request's credentials (bearer token or session cookie). Implemented by the auth feature. */
public interface Authenticator {

    /** The principal behind the request's credentials, or empty when there are none or they are not valid. */
    Optional<Principal> authenticate(Context ctx);

    /** True until the first admin account exists. */
    boolean setupRequired();
}
