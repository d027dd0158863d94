package rs.iom.hub.plan.view;

/**
 * Site-wide values.
 *
 * @param baseUrl       absolute URL of the site root
 * @param rootUrl       root-relative URL of the site root (the base path)
 * @param stylesheetUrl URL of the stylesheet
 * @param iconUrl       URL of the favicon
 */
public record SiteView(String baseUrl, String rootUrl, String stylesheetUrl, String printStylesheetUrl,
                       String iconUrl) {
}
