package app.soundpath.identity.boundary;

import app.soundpath.identity.control.EmailAddresses;
import app.soundpath.identity.entity.Reminders;
import app.soundpath.identity.entity.TooManyRequestsException;
import app.soundpath.platform.PublicAddress;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.CurrentPasswordWrongException;
import app.soundpath.identity.entity.InvalidInputException;
import app.soundpath.identity.entity.PasswordRejectedException;
import app.soundpath.platform.ClientAddress;
import app.soundpath.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code account/me.xhtml}: the signed-in person's name and password. */
@Named
@RequestScoped
public class MyAccountPage {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private AccountView account;
    private String displayName;
    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String emailPassword;
    private boolean weeklyReminders;

    public void load() {
        account = currentUser.account().orElseThrow();
        if (displayName == null) {
            displayName = account.displayName();
        }
        if (!Faces.isPostback()) {
            weeklyReminders = account.reminders() == Reminders.WEEKLY;
        }
    }

    public void rename() throws IOException {
        try {
            accounts.rename(currentUser.requireId(), displayName, ClientAddress.of(Faces.getRequest()));
            done("account.renamed");
        } catch (InvalidInputException e) {
            Messages.addError("name:displayName", Texts.of(e.key()));
        }
    }

    public void changePassword() throws IOException {
        try {
            accounts.changePassword(currentUser.requireId(), currentPassword, newPassword,
                    ClientAddress.of(Faces.getRequest()));
            done("account.passwordChanged");
        } catch (CurrentPasswordWrongException e) {
            Messages.addError("password:current", Texts.of(e.key()));
        } catch (PasswordRejectedException e) {
            Messages.addError("password:new", Texts.of(e.key()));
        }
    }

    public void changeEmail() throws IOException {
        try {
            accounts.requestEmailChange(currentUser.requireId(), emailPassword, newEmail,
                    ClientAddress.of(Faces.getRequest()), PublicAddress.of(Faces.getRequest()));
            Messages.addFlashGlobalInfo(Texts.of("account.emailLinkSent", EmailAddresses.normalise(newEmail)));
            Faces.redirect(Faces.getRequestContextPath() + "/account/me");
        } catch (InvalidInputException e) {
            Messages.addError("email:newEmail", Texts.of(e.key()));
        } catch (CurrentPasswordWrongException e) {
            Messages.addError("email:emailPassword", Texts.of(e.key()));
        } catch (TooManyRequestsException e) {
            Messages.addGlobalError(Texts.of(e.key()));
        }
    }

    public void saveReminders() throws IOException {
        accounts.chooseReminders(currentUser.requireId(), weeklyReminders, ClientAddress.of(Faces.getRequest()));
        done(weeklyReminders ? "account.remindersOn" : "account.remindersOff");
    }

    /** The dashboard's one-time question after the first completed lesson. */
    public void answerReminders(boolean weekly) throws IOException {
        accounts.chooseReminders(currentUser.requireId(), weekly, ClientAddress.of(Faces.getRequest()));
        Messages.addFlashGlobalInfo(Texts.of(weekly ? "account.remindersOn" : "account.remindersOff"));
        Faces.redirect(Faces.getRequestContextPath() + "/learn/");
    }

    private void done(String key) throws IOException {
        Messages.addFlashGlobalInfo(Texts.of(key));
        Faces.redirect(Faces.getRequestContextPath() + "/account/me");
    }

    public AccountView getAccount() { return account; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public String getEmailPassword() { return emailPassword; }
    public void setEmailPassword(String emailPassword) { this.emailPassword = emailPassword; }
    public boolean isWeeklyReminders() { return weeklyReminders; }
    public void setWeeklyReminders(boolean weeklyReminders) { this.weeklyReminders = weeklyReminders; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
