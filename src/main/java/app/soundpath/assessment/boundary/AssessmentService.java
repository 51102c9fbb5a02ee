package app.soundpath.assessment.boundary;

import app.soundpath.identity.entity.Role;
import app.soundpath.platform.LearnerStamps;
import app.soundpath.platform.Callers;
import app.soundpath.assessment.control.AttemptHistories;
import app.soundpath.assessment.control.AnswerRules;
import app.soundpath.assessment.control.TrackFitScorer;
import app.soundpath.assessment.entity.Assessed;
import app.soundpath.assessment.entity.AssessmentAttempt;
import app.soundpath.assessment.entity.AssessmentItem;
import app.soundpath.assessment.entity.AssessmentOption;
import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.AttemptSummary;
import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.Item;
import app.soundpath.assessment.entity.NotYoursException;
import app.soundpath.assessment.entity.Questionnaire;
import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.assessment.entity.ScoringVersion;
import app.soundpath.assessment.entity.Submission;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackDecision;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.learning.boundary.LearningService;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Dates;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    Event<Assessed> assessed;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    LearningService learning;

    @Inject
    LearnerStamps stamps;

    @Inject
    AttemptHistories histories;

    public QuestionnaireView questionnaire() {
        Questionnaire q = latest();
        return view(q, items(q));
    }

    /**
     * Scores and stores an attempt for the caller (or an anonymous visitor).
     *
     * @param answers     item id → "1".."5" (interests, self-ratings) or an option id (scenarios, knowledge)
     * @param tieBreakers tie-breaker item id → option id; optional, used only for a close call
     */
    public AttemptResult submit(Map<Long, String> answers, Map<Long, String> tieBreakers) {
        Questionnaire q = latest();
        return store(score(q, items(q), answers, tieBreakers));
    }

    /**
     * One submission of the questionnaire page: what the form sent per item id, answers and tie-breakers alike. The
     * questionnaire is read once and the answers scored once: unanswered items or a close call whose tie-breakers
     * were not asked yet send the page back with the questionnaire; otherwise the attempt is stored.
     */
    public Submission take(Map<Long, String> given, boolean tieBreakersAsked) {
        Questionnaire q = latest();
        List<AssessmentItem> items = items(q);
        QuestionnaireView view = view(q, items);
        AnswerRules.Split split = AnswerRules.split(view, given);
        if (!split.unanswered().isEmpty()) {
            return Submission.unanswered(view, split.unanswered());
        }
        Scored scored = score(q, items, split.answers(), split.tieBreakers());
        if (AnswerRules.asksTieBreakers(scored.fit(), tieBreakersAsked)) {
            return Submission.closeCall(view);
        }
        return Submission.stored(store(scored));
    }

    private AttemptResult store(Scored scored) {
        AssessmentAttempt attempt = new AssessmentAttempt(scored.questionnaire().getId(), callerId(),
                encode(scored.answers()), encode(scored.tieBreakers()), scored.fit(), clock.instant());
        em.persist(attempt);
        em.flush();
        if (attempt.getLearnerId() != null) {
            stamps.renew(attempt.getLearnerId());
            assessed.fire(new Assessed(attempt.getLearnerId()));
        }
        return new AttemptResult(attempt.getId(), scored.questionnaire().getVersion(), attempt.getTakenAt(),
                scored.fit(), null, null);
    }

    /** Answers checked against the questionnaire and scored; any answer that does not fit is refused. */
    private Scored score(Questionnaire q, List<AssessmentItem> items, Map<Long, String> answers,
                         Map<Long, String> tieBreakers) {
        AnswerRules.Checked checked = AnswerRules.check(view(q, items), answers, tieBreakers);
        List<Item> scored = items.stream().filter(i -> !i.getBlock().tieBreaker()).map(AssessmentService::toItem).toList();
        TrackFit fit = new TrackFitScorer(CURRENT).score(scored, checked.answers(), sides(items, checked.tieBreakers()));
        return new Scored(q, checked.answers(), checked.tieBreakers(), fit);
    }

    private static QuestionnaireView view(Questionnaire q, List<AssessmentItem> items) {
        return new QuestionnaireView(q.getVersion(), q.getTitle(), items.stream().map(i -> new QuestionnaireView.ItemView(
                i.getId(), i.getBlock(), i.getPosition(), i.getPrompt(), i.getOptions().stream()
                .map(o -> new QuestionnaireView.OptionView(o.getId(), o.getLabel())).toList())).toList());
    }

    private record Scored(Questionnaire questionnaire, Map<String, String> answers, Map<String, String> tieBreakers,
                          TrackFit fit) {
    }

    /**
     * A stored attempt's result, for its owner only: the signed-in learner who took it, or the anonymous visitor
     * whose session took it (their attempt ids are passed in). The figures are the stored ones; the explanation is
     * worked out again from the stored answers under the stored scoring version.
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
        TrackFit explained = rescore(attempt, items(q), ScoringVersion.find(attempt.getScoringVersion()).orElse(CURRENT));
        TrackDecision decision = decisions(List.of(attempt.getId())).stream().findFirst().orElse(null);
        return Optional.of(new AttemptResult(attempt.getId(), q.getVersion(), attempt.getTakenAt(),
                attempt.storedFit(explained), attempt.getRescoredFrom(), AttemptResult.Decision.of(decision)));
    }

    /**
     * The caller decides what to do with one of their results: enrol in the chosen track. Choosing the other track
     * than the one suggested is an override and may carry a reason; after a close call either track is a plain
     * choice. The decision is stored beside the untouched attempt, in the same transaction as the enrolment.
     */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    public AttemptResult.Decision decide(Long attemptId, Side track, TrackDecision.Reason reason, String reasonText) {
        Long caller = callerId();
        AssessmentAttempt attempt = attemptId == null ? null : em.find(AssessmentAttempt.class, attemptId);
        if (attempt == null || !caller.equals(attempt.getLearnerId())) {
            throw new NotYoursException();
        }
        if (track == null) {
            throw new BusinessException("assessment.decision.track");
        }
        String text = reasonText == null ? null : reasonText.strip().replaceAll("\\p{Cc}", " ");
        if (text != null && text.length() > TrackDecision.REASON_MAX) {
            throw new BusinessException("assessment.decision.tooLong");
        }
        boolean override = attempt.getSuggestion() != TrackFit.Suggestion.CLOSE_CALL
                && !attempt.getSuggestion().name().equals(track.name());
        TrackDecision decision = new TrackDecision(attempt.getId(), caller, track, override, override ? reason : null,
                override && text != null && !text.isEmpty() ? text : null, clock.instant());
        em.persist(decision);
        stamps.renew(caller);
        learning.enrollInTrack(track.slug());
        return AttemptResult.Decision.of(decision);
    }

    /**
     * Gives the attempts an anonymous visitor took in this browser to the account they have just signed in to.
     * Called by the sign-in observer with ids from the server-side session only; owned attempts are never moved.
     */
    public int claim(Set<Long> attemptIds, Long accountId) {
        if (attemptIds.isEmpty() || accountId == null) {
            return 0;
        }
        List<AssessmentAttempt> unclaimed = em.createNamedQuery(AssessmentAttempt.UNCLAIMED, AssessmentAttempt.class)
                .setParameter("ids", attemptIds).getResultList();
        unclaimed.forEach(a -> a.claimFor(accountId));
        if (!unclaimed.isEmpty()) {
            stamps.renew(accountId);
            assessed.fire(new Assessed(accountId));
        }
        return unclaimed.size();
    }

    /**
     * Re-scores every attempt not yet scored under the current version. Old results are never rewritten: each
     * re-scoring is a new attempt linked to the one it re-scores. An attempt whose stored answers cannot be scored
     * is left as it is (and logged); the count says how many were re-scored.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int rescoreAll() {
        return rescoreAllUnder(CURRENT);
    }

    /** As {@link #rescoreAll()}, under a given version (tests use a made-up one). */
    @RolesAllowed(Role.Names.ADMIN)
    public int rescoreAllUnder(ScoringVersion version) {
        List<AssessmentAttempt> stale = em.createNamedQuery(AssessmentAttempt.NOT_YET_UNDER, AssessmentAttempt.class)
                .setParameter("version", version.id()).getResultList();
        Map<Long, List<AssessmentItem>> itemsOf = new java.util.HashMap<>();
        Set<Long> learners = new java.util.HashSet<>();
        int rescored = 0;
        for (AssessmentAttempt attempt : stale) {
            List<AssessmentItem> items = itemsOf.computeIfAbsent(attempt.getQuestionnaireId(),
                    id -> items(em.find(Questionnaire.class, id)));
            try {
                em.persist(attempt.rescored(rescore(attempt, items, version)));
                if (attempt.getLearnerId() != null && learners.add(attempt.getLearnerId())) {
                    stamps.renew(attempt.getLearnerId());
                }
                rescored++;
            } catch (IllegalArgumentException e) {
                // Stored answers that no longer fit (imported or hand-made rows): leave that result as it is.
                java.util.logging.Logger.getLogger(AssessmentService.class.getName())
                        .warning("Attempt " + attempt.getId() + " cannot be re-scored: " + e.getMessage());
            }
        }
        return rescored;
    }

    private TrackFit rescore(AssessmentAttempt attempt, List<AssessmentItem> items, ScoringVersion version) {
        List<Item> scored = items.stream().filter(i -> !i.getBlock().tieBreaker()).map(AssessmentService::toItem).toList();
        return new TrackFitScorer(version).score(scored, decode(attempt.getAnswers()),
                sides(items, decode(attempt.getTieBreakers())));
    }

    private static List<Side> sides(List<AssessmentItem> items, Map<String, String> tieBreakers) {
        return tieBreakers.entrySet().stream()
                .map(e -> items.stream().filter(i -> String.valueOf(i.getId()).equals(e.getKey())).findFirst()
                        .flatMap(i -> i.getOptions().stream().filter(o -> String.valueOf(o.getId()).equals(e.getValue())).findFirst())
                        .map(AssessmentOption::getSide).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private List<TrackDecision> decisions(List<Long> attemptIds) {
        return attemptIds.isEmpty() ? List.of() : em.createNamedQuery(TrackDecision.OF_ATTEMPTS, TrackDecision.class)
                .setParameter("attempts", attemptIds).getResultList();
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

    /** The caller's attempts, newest first, each with the decision that followed it (if any). */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction
    public List<AttemptSummary> mine() {
        return mine(100);
    }

    /**
     * The caller's newest attempts, at most limit of them (the dashboard's panel shows five), each with the newest
     * decision that followed it. Read (up to a hundred, in one statement reading only the columns shown) once per
     * learner stamp and kept on this node: every attempt, claim, decision and re-scoring renews the stamp.
     */
    @RolesAllowed({Role.Names.LEARNER, Role.Names.INSTRUCTOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no transaction
    public List<AttemptSummary> mine(int limit) {
        long caller = callerId();
        List<AttemptSummary> newest = histories.get(caller, stamps.current(caller), () -> read(caller));
        return newest.subList(0, Math.min(newest.size(), Math.max(1, Math.min(limit, MINE_MAX))));
    }

    /** The most attempts {@link #mine(int)} lists. */
    private static final int MINE_MAX = 100;

    private List<AttemptSummary> read(long caller) {
        List<?> rows = em.createNativeQuery(MINE).setParameter(1, caller).setParameter(2, caller)
                .setParameter(3, MINE_MAX).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new AttemptSummary(((Number) r[0]).longValue(),
                Dates.fromColumn(r[1]), (String) r[2], (String) r[3], decimal(r[4]), (String) r[5],
                r[6] == null ? null : ((Number) r[6]).longValue(),
                r[7] == null ? null : new AttemptResult.Decision((String) r[7], Boolean.TRUE.equals(r[8]), (String) r[9],
                        (String) r[10], Dates.fromColumn(r[11])))).toList();
    }

    /** An attempt's newest decision is the one with the latest decided_at (then the highest id), as in {@link #decisions}. */
    private static final String MINE = "SELECT a.id, a.taken_at, a.suggestion, a.confidence, a.d, a.scoring_version,"
            + " a.rescored_from, t.chosen_track, t.override, t.reason_code, t.reason_text, t.decided_at"
            + " FROM assessment_attempt a LEFT JOIN (SELECT attempt_id, chosen_track, override, reason_code, reason_text,"
            + " decided_at, ROW_NUMBER() OVER (PARTITION BY attempt_id ORDER BY decided_at DESC, id DESC) AS newest"
            + " FROM track_decision WHERE attempt_id IN (SELECT id FROM assessment_attempt WHERE learner_id = ?1)) t"
            + " ON t.attempt_id = a.id AND t.newest = 1"
            + " WHERE a.learner_id = ?2 ORDER BY a.taken_at DESC, a.id DESC LIMIT ?3";

    private static java.math.BigDecimal decimal(Object value) {
        return value instanceof java.math.BigDecimal b ? b : new java.math.BigDecimal(value.toString());
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
        return switch (item.getBlock()) {
            case A -> Item.interest(id, item.getSide(), item.getTopic());
            case B -> Item.selfRating(id, item.getSide(), item.getTopic());
            case C -> Item.scenario(id, item.getOptions().stream().collect(Collectors.toMap(
                    o -> String.valueOf(o.getId()), AssessmentOption::getSide)), item.getTopic());
            case D -> Item.knowledge(id, item.getOptions().stream().filter(AssessmentOption::isCorrect)
                    .map(o -> String.valueOf(o.getId())).findFirst().orElse(""), item.getTopic());
            case T -> throw new IllegalArgumentException("A tie-breaker is not scored: " + id);
        };
    }

    private static String encode(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private Long callerId() {
        return Callers.id(session);
    }
}
