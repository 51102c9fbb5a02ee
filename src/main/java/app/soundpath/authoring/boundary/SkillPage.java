package app.soundpath.authoring.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.UnknownContentException;
import app.soundpath.authoring.entity.Views.Choice;
import app.soundpath.authoring.entity.Views.SkillInput;
import app.soundpath.authoring.entity.Views.SkillView;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;

/** Backs {@code author/skills.xhtml} (the skill map) and {@code author/skill.xhtml} ({@code /author/skill/{id|new}}). */
@Named
@RequestScoped
public class SkillPage {

    @Inject
    @PathPart
    String path;

    @Inject
    AuthoringService authoring;

    @Inject
    SkillEditing skillEditing;

    private List<SkillView> skills;
    private SkillView skill;
    private SkillView current;
    private List<Choice> trackChoices;
    private String name;
    private String slug;
    private String description;
    private List<String> tracks = new ArrayList<>();
    private long version;

    @PostConstruct
    void init() {
        trackChoices = authoring.trackChoices();
        Long id = Pages.id(path);
        if (id != null) {
            try {
                skill = skillEditing.skill(id);
                name = skill.name();
                slug = skill.slug();
                description = skill.description();
                tracks = new ArrayList<>(skill.tracks());
                version = skill.version();
            } catch (UnknownContentException e) {
                skill = null;
            }
        }
    }

    /** For the list page. */
    public void loadList() {
        skills = skillEditing.skills();
    }

    public void load() throws IOException {
        if (!isCreating() && skill == null) {
            Pages.refuse(false);
        }
    }

    public void save() throws IOException {
        SkillInput input = new SkillInput(name, slug, description, tracks);
        try {
            if (isCreating()) {
                skillEditing.createSkill(input);
            } else {
                skillEditing.updateSkill(skill.id(), version, input);
            }
            Pages.done("author.skillSaved", "/author/skills", name == null ? "" : name.strip());
        } catch (InvalidContentException e) {
            Pages.showBesideFields(e, field -> List.of("name", "slug", "description", "tracks").contains(field) ? "skill:" + field : null);
        } catch (EditConflictException e) {
            current = skillEditing.skill(skill.id());
            version = current.version();
            Messages.addGlobalError(Texts.of("author.conflict"));
        }
    }

    public boolean isCreating() { return "new".equals(path); }
    public List<SkillView> getSkills() { return skills; }
    public SkillView getSkill() { return skill; }
    public SkillView getCurrent() { return current; }
    public List<Choice> getTrackChoices() { return trackChoices; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getTracks() { return tracks; }
    public void setTracks(List<String> tracks) { this.tracks = tracks; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
