// Mirror of com.atlassian.jira.web.bean.PagerFilter for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html;
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/web/bean/PagerFilter.java (6.3);
//         new PagerFilter<>(start, max) on Jira 9.4: mailru/jira-plugins-mrimsender src/main/java/ru/mail/jira/plugins/myteam/service/impl/IssueServiceImpl.java
// Signatures only: every constructor and method throws.
// UNVERIFIED: whether getUnlimitedFilter()/newPageAlignedFilter(..) are generic (<T> PagerFilter<T>) on Jira 8+; raw here as in 7.x.
// Not confirmed for Jira 10/11: PagerFilter(int, int) <- SearchService stays Jira 11's search entry point (Jira 10.0.0
//         Javadoc of SearchProvider: "it is recommended to use SearchService instead, which is part of jira-api",
//         https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html),
//         but no Jira 10/11 listing or app using this member was found; the Jira 8/9 form is mirrored and there is no
//         other to replace it with
package com.atlassian.jira.web.bean;

import com.atlassian.annotations.PublicApi;
import java.io.Serializable;
import java.util.List;

@PublicApi
@SuppressWarnings("rawtypes")
public class PagerFilter<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    public PagerFilter() {
        throw new UnsupportedOperationException("stub");
    }

    public PagerFilter(PagerFilter old) {
        throw new UnsupportedOperationException("stub");
    }

    public PagerFilter(int max) {
        throw new UnsupportedOperationException("stub");
    }

    public PagerFilter(int start, int max) {
        throw new UnsupportedOperationException("stub");
    }

    public static PagerFilter getUnlimitedFilter() {
        throw new UnsupportedOperationException("stub");
    }

    public static PagerFilter newPageAlignedFilter(int index, int max) {
        throw new UnsupportedOperationException("stub");
    }

    public List<T> getCurrentPage(List<T> itemsCol) {
        throw new UnsupportedOperationException("stub");
    }

    public int getMax() {
        throw new UnsupportedOperationException("stub");
    }

    public void setMax(int max) {
        throw new UnsupportedOperationException("stub");
    }

    public int getPageSize() {
        throw new UnsupportedOperationException("stub");
    }

    public int getStart() {
        throw new UnsupportedOperationException("stub");
    }

    public void setStart(int start) {
        throw new UnsupportedOperationException("stub");
    }

    public int getEnd() {
        throw new UnsupportedOperationException("stub");
    }

    public int getNextStart() {
        throw new UnsupportedOperationException("stub");
    }

    public int getPreviousStart() {
        throw new UnsupportedOperationException("stub");
    }
}
