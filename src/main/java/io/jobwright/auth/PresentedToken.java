package io.jobwright.auth;

import io.javalin.http.Context;
import io.jobwright.web.Principal;
import java.util.Optional;

/**
 * The token a request carries and how: {@code Authorization: Bearer <token>}, else the {@code jw_session} cookie.
 * Any other {@code Authorization} scheme (Basic included) counts as no credentials, and the cookie is not consulted.
 */
record PresentedToken(String token, Principal.Via via) {

    /** Tokens we mint are 46 characters; anything far longer is not worth hashing. */
    private static final int MAX_LENGTH = 200;

    static Optional<PresentedToken> from(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            String value = authorization.strip();
            if (value.length() > 7 && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return of(value.substring(7).strip(), Principal.Via.BEARER);
            }
            return Optional.empty();
        }
        String cookie = ctx.cookie(SessionCookies.SESSION);
        return cookie == null ? Optional.empty() : of(cookie.strip(), Principal.Via.SESSION_COOKIE);
    }

    private static Optional<PresentedToken> of(String token, Principal.Via via) {
        if (!token.startsWith(TokenCodec.PREFIX) || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new PresentedToken(token, via));
    }
}
