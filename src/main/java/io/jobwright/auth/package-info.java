/**
 * Who may use Jobwright: the single admin account created by setup, password sign-in with sessions (cookie or
 * bearer), long-lived API tokens for scripts, and the {@link io.jobwright.web.Authenticator} the web layer asks on
 * every request. Owns the {@code users}, {@code auth_sessions}, {@code api_tokens} and {@code auth_setup} tables.
 */
package io.jobwright.auth;
