/**
 * Who is who: accounts, roles (learner, instructor, admin), sign-up and sign-in with Jakarta Security,
 * password hashing and rules, sign-in throttling, one-time reset links (issued by admins or asked for by email),
 * confirmed addresses and address changes, the weekly-reminder choice, the session number that ends every session
 * of an account at once, and the security log. Emails are fired as {@link app.soundpath.platform.Letter} events
 * in the same transaction; the mail feature writes and delivers them.
 * <p>
 * Other features read people through {@code AccountService} or, in SQL, the {@code identity_people} and
 * {@code identity_roles} views (migration V25), which carry no credentials.
 */
package app.soundpath.identity;
