/**
 * Mail: the outbox and its sender. Any feature that wants an email sent fires a
 * {@link app.soundpath.platform.Letter} inside the transaction of the change that causes it; {@code Outbox}
 * writes it to the {@code outbox} table in that transaction, and {@code OutboxSender} delivers it after commit,
 * outside any transaction, with back-off, one sender per message. Mail owns {@code outbox} alone; it knows nothing
 * of accounts or courses beyond the letters it is given (it depends on identity only for the admin role).
 */
package app.soundpath.mail;
