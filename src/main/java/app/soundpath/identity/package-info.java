/**
 * Who is who: accounts, roles (learner, instructor, admin), sign-up and sign-in with Jakarta Security,
 * password hashing and rules, sign-in throttling, one-time reset links, and the security log.
 * <p>
 * Other features read people through {@code AccountService} or, in SQL, the {@code identity_people} and
 * {@code identity_roles} views (migration V25), which carry no credentials.
 */
package app.soundpath.identity;
