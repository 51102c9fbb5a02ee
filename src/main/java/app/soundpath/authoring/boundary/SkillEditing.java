package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.AuditText;
import app.soundpath.authoring.control.ContentRules;
import app.soundpath.authoring.control.SlugMaker;
import app.soundpath.authoring.entity.AuditEntry.Action;
import app.soundpath.authoring.entity.AuditEntry.ObjectType;
import app.soundpath.authoring.entity.AuthoredSkill;
import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.Views.SkillInput;
import app.soundpath.authoring.entity.Views.SkillView;
import app.soundpath.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The shared skill map: any instructor may add and edit skills; an edit is live when saved. */
@Stateless
@RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class SkillEditing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;


    /** The shared skill map. Any instructor may add and edit skills; edits are live when saved. */
    public List<SkillView> skills() {
        Map<Long, String> slugOfTrack = changes.tracks().stream().collect(Collectors.toMap(Changes.TrackRef::id, Changes.TrackRef::slug));
        return em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                .map(s -> skillView(s, slugOfTrack)).toList();
    }

    public SkillView skill(Long id) {
        Map<Long, String> slugOfTrack = changes.tracks().stream().collect(Collectors.toMap(Changes.TrackRef::id, Changes.TrackRef::slug));
        return skillView(changes.skill(id), slugOfTrack);
    }

    public Long createSkill(SkillInput raw) {
        SkillInput in = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(in);
        Map<String, Long> trackIds = changes.trackIds(in.tracks(), problems);
        String slug = skillSlug(in, null, problems);
        Changes.failOn(problems);
        AuthoredSkill skill = new AuthoredSkill(slug, in.name(), in.description(), Set.copyOf(trackIds.values()), changes.now());
        em.persist(skill);
        changes.flushNew();
        changes.audit(Action.CREATE, ObjectType.SKILL, skill.getId(), null, skill.getName(), null,
                AuditText.of(AuditText.skillFields(skill.getSlug(), in.name(), in.description(), in.tracks())));
        return skill.getId();
    }

    public long updateSkill(Long id, long version, SkillInput raw) {
        AuthoredSkill skill = changes.skill(id);
        Changes.expectVersion(skill.getVersion(), version, ObjectType.SKILL, id);
        SkillInput in = ContentRules.normalized(raw);
        Map<String, FieldProblem> problems = ContentRules.problems(in);
        Map<String, Long> trackIds = changes.trackIds(in.tracks(), problems);
        String slug = skillSlug(in, id, problems);
        Changes.failOn(problems);
        changes.claim(skill, ObjectType.SKILL, id);
        SkillView old = skill(id);
        Map<String, String> before = AuditText.skillFields(old.slug(), old.name(), old.description(), old.tracks());
        skill.edit(slug, in.name(), in.description(), Set.copyOf(trackIds.values()), changes.now());
        Map<String, String> after = AuditText.skillFields(slug, in.name(), in.description(), in.tracks().stream().sorted().toList());
        if (before.equals(after)) {
            return skill.getVersion();
        }
        List<String> diff = AuditText.diff(before, after);
        long saved = changes.saveVersioned(skill, ObjectType.SKILL, id);
        changes.audit(Action.EDIT, ObjectType.SKILL, id, null, skill.getName(), diff.get(0), diff.get(1));
        return saved;
    }

    private String skillSlug(SkillInput in, Long id, Map<String, FieldProblem> problems) {
        String slug = in.slug().isEmpty() ? SlugMaker.fromTitle(in.name()) : in.slug();
        slug = slug.isEmpty() ? "skill" : slug;
        boolean taken = em.createNamedQuery(AuthoredSkill.SLUG_TAKEN, Long.class).setParameter("slug", slug)
                .setParameter("id", id == null ? -1L : id).getSingleResult() > 0;
        if (taken && !in.slug().isEmpty()) {
            problems.put("slug", FieldProblem.of("author.slugTaken"));
        } else if (taken) {
            problems.put("name", FieldProblem.of("author.nameTaken"));
        }
        return slug;
    }

    private SkillView skillView(AuthoredSkill s, Map<Long, String> slugOfTrack) {
        return new SkillView(s.getId(), s.getVersion(), s.getSlug(), s.getName(), s.getDescription(),
                s.getTrackIds().stream().map(slugOfTrack::get).filter(Objects::nonNull).sorted().toList());
    }
}
