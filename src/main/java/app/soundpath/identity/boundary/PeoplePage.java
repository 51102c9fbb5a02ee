package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code admin/people.xhtml}: search people by name or email, 25 at a time. */
@Named
@RequestScoped
public class PeoplePage {

    @Inject
    AccountService accounts;

    private String q;
    private String after;
    private Slice<AccountView> people;

    public void load() {
        people = accounts.people(q, after);
    }

    public Slice<AccountView> getPeople() { return people; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
}
