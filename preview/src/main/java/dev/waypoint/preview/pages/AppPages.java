package dev.waypoint.preview.pages;

import dev.waypoint.jira.web.AppPage;
import dev.waypoint.preview.page.PageForbiddenException;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.page.PageView;
import java.util.List;
import java.util.Map;

/**
 * The app's own pages in the preview, as Jira serves its webwork actions ({@link AppPage}): the admin page
 * ({@code roles-required="admin"}: anybody but a Jira administrator gets the permission-violation page, 403) inside a
 * stand-in for the administration sidebar, and the company page. Each is a decorated page: the app's whole-page
 * template, whose body goes into a frame, with the web resources its action requires.
 */
public final class AppPages {

    static final String ADMIN_FRAME = "templates/preview-pages/admin-frame.vm";
    static final String PAGE_FRAME = "templates/preview-pages/page-frame.vm";

    public List<PageRoute> routes() {
        return List.of(new PageRoute(AppPage.ADMIN.path(), this::adminPage),
                new PageRoute(AppPage.COMPANY.path(), this::companyPage));
    }

    PageView adminPage(PageRequest request) {
        if (!request.user().permissions().jiraAdmin()) {
            throw new PageForbiddenException("roles-required=admin: " + request.user().username());
        }
        return view(AppPage.ADMIN, ADMIN_FRAME);
    }

    PageView companyPage(PageRequest request) {
        return view(AppPage.COMPANY, PAGE_FRAME);
    }

    private static PageView view(AppPage page, String frame) {
        return PageView.decorated(page.titleKey(), frame, page.template(), Map.of("frame", new AppFrame(page.path())),
                List.of(page.webResource()));
    }
}
