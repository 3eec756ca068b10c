package io.jobwright.auth;

/** What the sign-in page needs to know: whether setup is pending and who, if anyone, is signed in. */
public record AuthStatus(boolean setupRequired, boolean authenticated, String username) {
}
