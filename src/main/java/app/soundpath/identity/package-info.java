/**
 * Who is who: accounts, roles (learner, instructor, admin), sign-up and sign-in with Jakarta Security,
 * password hashing and rules, sign-in throttling, one-time reset links, and the security log.
 */
package app.soundpath.identity;
