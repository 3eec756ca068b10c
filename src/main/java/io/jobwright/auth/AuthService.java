package io.jobwright.auth;

import io.javalin.http.Context;
import io.jobwright.error.Conflict;
import io.jobwright.error.Forbidden;
import io.jobwright.error.InvalidRequest;
import io.jobwright.error.NotFound;
import io.jobwright.error.Unauthorized;
import io.jobwright.web.Authenticator;
import io.jobwright.web.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobwright's accounts and credentials: initial setup of the one admin account, password sign-in into 30-day
 * sessions, sign-out, API tokens for scripts, and the per-request {@link Authenticator} check.
 *
 * <p>Only hashes of passwords (Argon2id) and tokens (SHA-256) are stored, and neither a password nor a token is ever
 * logged. Authentication is served from a short-lived in-memory cache ({@link CredentialCache}); failed sign-ins are
 * throttled in memory ({@link LoginThrottle}). Thread-safe.
 */
public final class AuthService implements Authenticator {

    /** How long a sign-in session lasts. */
    public static final Duration SESSION_LIFETIME = Duration.ofDays(30);
    static final int PASSWORD_MIN = 8;
    static final int PASSWORD_MAX = 500;
    static final int TOKEN_NAME_MAX = 120;

    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final UserRepository users;
    private final SessionStore sessions;
    private final ApiTokenStore apiTokens;
    private final CredentialCache cache = new CredentialCache();
    private final PasswordHasher hasher = new PasswordHasher();
    private final TokenCodec tokens = new TokenCodec();
    private final LoginThrottle throttle;
    /** Once true it stays true: there is no way to delete the last account, so the database need not be asked again. */
    private volatile boolean setupDone;
    private volatile String decoyHash;

    /** Uses the shared database and clock; removes sessions that ended while the app was down. */
    public AuthService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.users = new UserRepository(jdbi);
        this.sessions = new SessionStore(jdbi);
        this.apiTokens = new ApiTokenStore(jdbi);
        this.throttle = new LoginThrottle(clock);
        int purged = sessions.purgeEnded(clock.instant());
        if (purged > 0) {
            LOG.info("Removed {} expired or revoked sessions", purged);
        }
    }

    @Override
    public boolean setupRequired() {
        if (setupDone) {
            return false;
        }
        boolean any = users.anyUser();
        setupDone = any;
        return !any;
    }

    /**
     * Creates the admin account and signs it in. Only the first call succeeds, even when two race.
     *
     * @throws Conflict once an account exists
     * @throws InvalidRequest naming {@code username} or {@code password} when either is out of bounds
     */
    public IssuedSession setup(String rawUsername, String password) {
        Username username = Username.of(rawUsername);
        checkLength("password", password, PASSWORD_MIN, PASSWORD_MAX);
        if (!setupRequired()) {
            throw setupComplete();
        }
        // Hash before the transaction: 50 ms of Argon2 should not hold SQLite's write lock.
        String hash = hasher.hash(password);
        User user = new User(UUID.randomUUID().toString(), username.value(), clock.instant());
        try {
            jdbi.useTransaction(handle -> {
                if (users.anyUser(handle)) {
                    throw setupComplete();
                }
                users.insertFirst(handle, user, hash);
            });
        } catch (JdbiException e) {
            // On PostgreSQL the loser of a race fails on the auth_setup primary key rather than seeing the winner.
            if (users.anyUser()) {
                throw setupComplete();
            }
            throw e;
        }
        setupDone = true;
        LOG.info("Initial setup complete: created the admin account");
        return issueSession(user);
    }

    /**
     * Signs in with a password.
     *
     * @param address the client's IP address, for throttling
     * @throws InvalidRequest before setup
     * @throws Forbidden with detail {@code retryAfterSeconds} after too many recent failures
     * @throws Unauthorized when the username or password is wrong
     */
    public IssuedSession login(String rawUsername, String password, String address) {
        if (setupRequired()) {
            throw new InvalidRequest("Initial setup is required before sign-in");
        }
        Username username = Username.of(rawUsername);
        checkLength("password", password, 1, PASSWORD_MAX);
        Optional<Duration> wait = throttle.retryAfter(username.value(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new Forbidden("Too many failed sign-in attempts; try again in " + seconds + " seconds",
                    Map.of("retryAfterSeconds", seconds));
        }
        Optional<UserRepository.Account> account = users.findByUsername(username.value());
        // An unknown username still costs one Argon2 run, so response time does not reveal which usernames exist.
        boolean matches = hasher.matches(password, account.map(UserRepository.Account::passwordHash).orElseGet(this::decoyHash));
        if (account.isEmpty() || !matches) {
            throttle.failed(username.value(), address);
            throw new Unauthorized("Invalid username or password");
        }
        throttle.succeeded(username.value());
        return issueSession(account.get().user());
    }

    /** Ends the session with this token; an API token, or a token that is no session, is left alone. */
    public void logout(String token) {
        String hash = TokenCodec.hash(token);
        cache.remove(hash);
        sessions.revoke(hash, clock.instant());
    }

    /** The signed-in user's account. */
    public User currentUser(Principal principal) {
        return users.findById(principal.userId())
                .orElseThrow(() -> new Unauthorized("Authentication required: the account no longer exists"));
    }

    /**
     * Changes the signed-in user's password after checking the current one, and signs out every other session of
     * the account (the one presenting {@code keepSessionToken} stays signed in). API tokens keep working.
     *
     * @throws InvalidRequest naming {@code currentPassword} when it is wrong, or {@code newPassword} when it is out of
     *                        bounds
     */
    public void changePassword(Principal principal, String keepSessionToken, String currentPassword, String newPassword) {
        checkLength("currentPassword", currentPassword, 1, PASSWORD_MAX);
        checkLength("newPassword", newPassword, PASSWORD_MIN, PASSWORD_MAX);
        User user = currentUser(principal);
        UserRepository.Account account = users.findByUsername(user.username())
                .orElseThrow(() -> new Unauthorized("Authentication required: the account no longer exists"));
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            throw JsonFields.invalid("currentPassword", "is not your current password");
        }
        Instant now = clock.instant();
        users.updatePassword(user.id(), hasher.hash(newPassword), now);
        int signedOut = sessions.revokeOthers(user.id(), keepSessionToken == null ? "" : TokenCodec.hash(keepSessionToken), now);
        cache.clear();
        LOG.info("Password changed; {} other session(s) signed out", signedOut);
    }

    /**
     * Creates an API token for scripts; the returned token is the only time it is shown.
     *
     * @throws InvalidRequest naming {@code name} when it is blank or longer than 120 characters
     */
    public IssuedApiToken createApiToken(Principal principal, String rawName) {
        String name = rawName == null ? "" : rawName.strip();
        checkLength("name", name, 1, TOKEN_NAME_MAX);
        String token = tokens.newToken();
        IssuedApiToken issued = new IssuedApiToken(UUID.randomUUID().toString(), name, token,
                TokenCodec.shownPrefix(token), clock.instant());
        apiTokens.insert(issued.id(), principal.userId(), name, TokenCodec.hash(token), issued.prefix(), issued.createdAt());
        return issued;
    }

    /** The caller's API tokens that are not revoked. */
    public List<ApiToken> listApiTokens(Principal principal) {
        return apiTokens.listLive(principal.userId());
    }

    /**
     * Revokes one of the caller's API tokens; it stops working at once in this process.
     *
     * @throws NotFound when the caller has no live token with this id
     */
    public void revokeApiToken(Principal principal, String id) {
        cache.removeById(id);
        if (!apiTokens.revoke(principal.userId(), id, clock.instant())) {
            throw NotFound.of("API token", id);
        }
    }

    @Override
    public Optional<Principal> authenticate(Context ctx) {
        return PresentedToken.from(ctx).flatMap(this::authenticate);
    }

    /** The principal behind a token presented one way or the other. */
    Optional<Principal> authenticate(PresentedToken presented) {
        return resolve(presented.token())
                // The cookie only ever carries sessions; an API token pasted into it has no CSRF token to check.
                .filter(credential -> presented.via() == Principal.Via.BEARER
                        || credential.kind() == Credential.Kind.SESSION)
                .map(credential -> new Principal(credential.userId(), credential.username(), presented.via(),
                        credential.csrfToken()));
    }

    private Optional<Credential> resolve(String token) {
        String hash = TokenCodec.hash(token);
        Instant now = clock.instant();
        Optional<Credential> credential = cache.get(hash, now);
        if (credential.isEmpty()) {
            credential = sessions.findLive(hash, now).or(() -> apiTokens.findLive(hash));
            credential.ifPresent(found -> cache.put(hash, found, now));
        }
        credential.filter(found -> found.kind() == Credential.Kind.API_TOKEN)
                .ifPresent(found -> apiTokens.touch(found.id(), now));
        return credential;
    }

    private IssuedSession issueSession(User user) {
        String token = tokens.newToken();
        String csrf = tokens.newCsrfToken();
        Instant now = clock.instant();
        jdbi.useHandle(handle -> sessions.insert(handle, UUID.randomUUID().toString(), user.id(),
                TokenCodec.hash(token), csrf, now, now.plus(SESSION_LIFETIME)));
        return new IssuedSession(token, SESSION_LIFETIME.toSeconds(), csrf, user);
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(tokens.newToken());
            decoyHash = hash;
        }
        return hash;
    }

    private static Conflict setupComplete() {
        return new Conflict("Setup is already complete; sign in instead");
    }

    private static void checkLength(String field, String value, int min, int max) {
        if (value == null) {
            throw JsonFields.invalid(field, "is required");
        }
        if (value.length() < min || value.length() > max) {
            throw JsonFields.invalid(field, "must be " + min + "–" + max + " characters");
        }
    }
}
