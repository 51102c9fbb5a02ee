package app.soundpath.catalog.entity;

import java.util.List;

/** Everything the track page and the compare page show about one career. */
public record TrackDetail(String slug, String title, String tagline, String overviewMarkdown, String weekMarkdown,
                          List<CourseCard> courses, int lessonCount, int minutes, List<SkillView> skills,
                          List<FactView> responsibilities, List<FactView> workplaces, List<FactView> careerPaths,
                          List<FactView> fitSigns, List<SalaryView> salaries) {
}
