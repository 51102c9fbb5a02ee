package app.soundpath.assessment.boundary;

import app.soundpath.assessment.control.TrackFitScorer;
import app.soundpath.assessment.entity.AssessmentAttempt;
import app.soundpath.assessment.entity.AssessmentItem;
import app.soundpath.assessment.entity.AssessmentOption;
import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.AttemptSummary;
import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.Item;
import app.soundpath.assessment.entity.Questionnaire;
import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.assessment.entity.ScoringVersion;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.platform.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The assessment's one façade: the current questionnaire, scoring and storing an attempt (anonymous visitors
 * too), and a learner's own history. Answers that do not fit the questionnaire are refused and nothing is stored.
 */
@Stateless
@PermitAll
public class AssessmentService {

    /** The scoring version in force; recorded with every result. */
    public static final ScoringVersion CURRENT = ScoringVersion.V1;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public QuestionnaireView questionnaire() {
        Questionnaire q = latest();
        List<QuestionnaireView.ItemView> items = items(q).stream().map(i -> new QuestionnaireView.ItemView(i.getId(),
                i.getBlock(), i.getPosition(), i.getPrompt(), i.getOptions().stream()
                .map(o -> new QuestionnaireView.OptionView(o.getId(), o.getLabel())).toList())).toList();
        return new QuestionnaireView(q.getVersion(), q.getTitle(), items);
    }

    /**
     * Scores and stores an attempt for the caller (or an anonymous visitor).
     *
     * @param answers     item id → "1".."5" (interests, self-ratings) or an option id (scenarios, knowledge)
     * @param tieBreakers tie-breaker item id → option id; optional, used only for a close call
     */
    public AttemptResult submit(Map<Long, String> answers, Map<Long, String> tieBreakers) {
        Questionnaire q = latest();
        List<AssessmentItem> items = items(q);
        List<Item> scored = new ArrayList<>();
        Map<String, String> byId = new TreeMap<>();
        for (AssessmentItem item : items) {
            if (item.getBlock().equals("T")) {
                continue;
            }
            String value = answers.get(item.getId());
            if (value == null) {
                throw new BusinessException("assessment.unanswered");
            }
            scored.add(toItem(item));
            byId.put(String.valueOf(item.getId()), value);
            boolean fits = switch (item.getBlock()) {
                case "A", "B" -> value.matches("[1-5]");
                default -> item.getOptions().stream().anyMatch(o -> String.valueOf(o.getId()).equals(value));
            };
            if (!fits) {
                throw new BusinessException("assessment.invalid");
            }
        }
        if (answers.keySet().stream().anyMatch(id -> !byId.containsKey(String.valueOf(id)))) {
            throw new BusinessException("assessment.invalid");
        }
        List<Side> sides = new ArrayList<>();
        for (Map.Entry<Long, String> chosen : tieBreakers.entrySet()) {
            AssessmentItem item = items.stream().filter(i -> i.getId().equals(chosen.getKey()) && i.getBlock().equals("T"))
                    .findFirst().orElseThrow(() -> new BusinessException("assessment.invalid"));
            sides.add(item.getOptions().stream().filter(o -> String.valueOf(o.getId()).equals(chosen.getValue()))
                    .findFirst().map(AssessmentOption::getSide).orElseThrow(() -> new BusinessException("assessment.invalid")));
        }
        TrackFit fit = new TrackFitScorer(CURRENT).score(scored, byId, sides);
        AssessmentAttempt attempt = new AssessmentAttempt(q.getId(), callerId(), encode(byId),
                encode(tieBreakers.entrySet().stream().collect(Collectors.toMap(e -> String.valueOf(e.getKey()),
                        Map.Entry::getValue, (a, b) -> a, TreeMap::new))), fit, clock.instant());
        em.persist(attempt);
        em.flush();
        return new AttemptResult(attempt.getId(), q.getVersion(), attempt.getTakenAt(), fit);
    }

    /**
     * A stored attempt's result, for its owner only: the signed-in learner who took it, or the anonymous visitor
     * whose session took it (their attempt ids are passed in). Re-scored from the stored answers under the stored
     * scoring version, which always gives the stored result back.
     */
    public Optional<AttemptResult> result(Long attemptId, Set<Long> anonymousAttemptIds) {
        AssessmentAttempt attempt = attemptId == null ? null : em.find(AssessmentAttempt.class, attemptId);
        if (attempt == null) {
            return Optional.empty();
        }
        Long caller = callerId();
        boolean mine = attempt.getLearnerId() == null ? anonymousAttemptIds.contains(attemptId)
                : attempt.getLearnerId().equals(caller);
        if (!mine) {
            return Optional.empty();
        }
        Questionnaire q = em.find(Questionnaire.class, attempt.getQuestionnaireId());
        List<AssessmentItem> items = items(q);
        Map<String, String> answers = decode(attempt.getAnswers());
        List<Side> sides = decode(attempt.getTieBreakers()).entrySet().stream()
                .map(e -> items.stream().filter(i -> String.valueOf(i.getId()).equals(e.getKey())).findFirst()
                        .flatMap(i -> i.getOptions().stream().filter(o -> String.valueOf(o.getId()).equals(e.getValue())).findFirst())
                        .map(AssessmentOption::getSide).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        List<Item> scored = items.stream().filter(i -> !i.getBlock().equals("T")).map(AssessmentService::toItem).toList();
        TrackFit fit = new TrackFitScorer(CURRENT).score(scored, answers, sides);
        return Optional.of(new AttemptResult(attempt.getId(), q.getVersion(), attempt.getTakenAt(), fit));
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new TreeMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split(";")) {
                String[] kv = pair.split("=", 2);
                values.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return values;
    }

    /** The caller's attempts, newest first. */
    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    public List<AttemptSummary> mine() {
        return em.createNamedQuery(AssessmentAttempt.OF_LEARNER, AssessmentAttempt.class)
                .setParameter("learner", callerId()).setMaxResults(100)
                .getResultStream().map(AttemptSummary::of).toList();
    }

    private Questionnaire latest() {
        return em.createNamedQuery(Questionnaire.LATEST, Questionnaire.class).setMaxResults(1).getResultStream()
                .findFirst().orElseThrow(() -> new IllegalStateException("No questionnaire has been published"));
    }

    private List<AssessmentItem> items(Questionnaire q) {
        return em.createNamedQuery(AssessmentItem.OF_VERSION, AssessmentItem.class).setParameter("version", q.getVersion())
                .getResultStream().distinct().toList();
    }

    private static Item toItem(AssessmentItem item) {
        String id = String.valueOf(item.getId());
        return switch (Block.valueOf(item.getBlock())) {
            case A -> Item.interest(id, item.getSide(), item.getTopic());
            case B -> Item.selfRating(id, item.getSide(), item.getTopic());
            case C -> Item.scenario(id, item.getOptions().stream().collect(Collectors.toMap(
                    o -> String.valueOf(o.getId()), AssessmentOption::getSide)), item.getTopic());
            case D -> Item.knowledge(id, item.getOptions().stream().filter(AssessmentOption::isCorrect)
                    .map(o -> String.valueOf(o.getId())).findFirst().orElse(""), item.getTopic());
        };
    }

    private static String encode(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private Long callerId() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException e) {
            return null; // the anonymous principal
        }
    }
}
