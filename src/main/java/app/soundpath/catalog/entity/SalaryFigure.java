package app.soundpath.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Pay as one source reported it, with that source and the day Soundpath recorded it: never "current" pay. */
@Entity
@Table(name = "salary_figure")
@NamedQuery(name = SalaryFigure.OF_TRACKS, query = "SELECT s FROM SalaryFigure s WHERE s.trackId IN :trackIds"
        + " ORDER BY s.trackId, s.position")
public class SalaryFigure {

    public static final String OF_TRACKS = "SalaryFigure.ofTracks";

    @Id
    private Long id;

    @Column(name = "track_id", nullable = false)
    private Long trackId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 120)
    private String measure;

    @Column(name = "amount_low", nullable = false)
    private int amountLow;

    @Column(name = "amount_high")
    private Integer amountHigh;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 80)
    private String region;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "source_note", nullable = false, length = 500)
    private String sourceNote;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected SalaryFigure() {
    }

    public Long getTrackId() { return trackId; }
    public String getMeasure() { return measure; }
    public int getAmountLow() { return amountLow; }
    public Integer getAmountHigh() { return amountHigh; }
    public String getCurrency() { return currency; }
    public String getRegion() { return region; }
    public String getSource() { return source; }
    public String getSourceNote() { return sourceNote; }
    public LocalDate getRecordedOn() { return recordedOn; }
}
