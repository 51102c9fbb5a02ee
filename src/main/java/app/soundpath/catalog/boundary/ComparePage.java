package app.soundpath.catalog.boundary;

import app.soundpath.catalog.entity.Comparison;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs {@code compare.xhtml}: the two careers side by side. */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    CatalogService catalog;

    private Comparison comparison;

    public void load() {
        comparison = catalog.comparison();
    }

    public Comparison getComparison() { return comparison; }
}
