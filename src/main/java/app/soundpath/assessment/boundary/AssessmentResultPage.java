package app.soundpath.assessment.boundary;

import app.soundpath.platform.PathPart;
import app.soundpath.assessment.entity.AttemptResult;
import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackDecision;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.NotFound;
import app.soundpath.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code assessment/result.xhtml}: {@code /assessment/result/{id}}, for the person who took it only. Shows
 * the suggestion and why, a working week in the suggested track, and lets the owner enrol in it or choose the
 * other track (an override, with an optional reason).
 */
@Named
@RequestScoped
public class AssessmentResultPage {

    @Inject
    @PathPart
    String id;

    @Inject
    AssessmentService assessment;

    @Inject
    AnonymousAttempts anonymous;

    @Inject
    CatalogService catalog;

    private AttemptResult result;
    private Side suggested;
    private List<TrackDetail> weeks = List.of();
    private String reasonTextError;

    @PostConstruct
    void init() {
        result = id == null || !id.matches("\\d{1,18}") ? null
                : assessment.result(Long.valueOf(id), anonymous.ids()).orElse(null);
        if (result != null) {
            suggested = result.fit().suggestion() == TrackFit.Suggestion.CLOSE_CALL ? null
                    : Side.valueOf(result.fit().suggestion().name());
            weeks = (suggested == null ? List.of(Side.values()) : List.of(suggested)).stream()
                    .map(s -> catalog.track(s.slug())).flatMap(java.util.Optional::stream).toList();
        }
    }

    public void load() throws IOException {
        if (result == null) {
            NotFound.send();
        }
    }

    /** Enrols in the given track ("PRODUCER" or "ENGINEER"): following the suggestion, or overriding it with a reason. */
    public void choose(String track) throws IOException {
        String reason = Faces.getRequestParameter("reason");
        try {
            assessment.decide(result.id(), Side.valueOf(track), reason == null || reason.isEmpty()
                    || Arrays.stream(TrackDecision.Reason.values()).noneMatch(r -> r.name().equals(reason)) ? null
                    : TrackDecision.Reason.valueOf(reason), Faces.getRequestParameter("reasonText"));
            Messages.addFlashGlobalInfo(Texts.of("assessmentResult.enrolled" + track));
            Faces.redirect(Faces.getRequestContextPath() + "/learn/");
        } catch (BusinessException e) {
            reasonTextError = Texts.of(e.key());
        }
    }

    public AttemptResult getResult() { return result; }

    /** The track the result suggests, or null for a close call. */
    public Side getSuggested() { return suggested; }

    /** The suggested track (both tracks for a close call) from the catalogue, for its working week. */
    public List<TrackDetail> getWeeks() { return weeks; }

    public List<TrackDecision.Reason> getReasons() { return List.of(TrackDecision.Reason.values()); }

    public String getReasonTextError() { return reasonTextError; }

    /** The reason text typed in the request being shown again, so nothing is lost. */
    public String getReasonText() { return Faces.getRequestParameter("reasonText"); }

    public boolean reasonChosen(Object reason) {
        return String.valueOf(reason).equals(Faces.getRequestParameter("reason"));
    }

    /** The producer and engineer scores of one block ("A", "B" or "C"). */
    public TrackFit.SubScore sub(String block) {
        return result.fit().subScores().get(Block.valueOf(block));
    }

    /** A 0–1 score as a whole percentage, for the bars. */
    public int percent(double score) {
        return (int) Math.round(score * 100);
    }
}
