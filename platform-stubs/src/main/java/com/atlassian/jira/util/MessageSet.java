// Mirror of com.atlassian.jira.util.MessageSet for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java (6.3, since 3.13)
// Complete interface as published there (so tests may implement it), incl. nested Level and MessageLink;
// MessageLink members are stubs.
// UNVERIFIED: no members added since 6.3.
// Not confirmed for Jira 10/11: getErrorMessages <- SearchService stays Jira 11's search entry point (Jira 10.0.0
//         Javadoc of SearchProvider: "it is recommended to use SearchService instead, which is part of jira-api",
//         https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html),
//         but no Jira 10/11 listing or app using this member was found; the Jira 8/9 form is mirrored and there is no
//         other to replace it with
package com.atlassian.jira.util;

import com.atlassian.annotations.PublicApi;
import java.io.Serializable;
import java.util.Set;

@PublicApi
public interface MessageSet extends Serializable {

    enum Level {
        WARNING,
        ERROR
    }

    Set<String> getErrorMessages();

    MessageLink getLinkForError(String errorMsg);

    Set<String> getErrorMessagesInEnglish();

    Set<String> getWarningMessages();

    MessageLink getLinkForWarning(String warningMsg);

    Set<String> getWarningMessagesInEnglish();

    boolean hasAnyErrors();

    boolean hasAnyWarnings();

    boolean hasAnyMessages();

    void addMessageSet(MessageSet messageSet);

    void addMessage(Level level, String errorMessage);

    void addMessage(Level level, String errorMessage, MessageLink link);

    void addErrorMessage(String errorMessage);

    void addErrorMessage(String errorMessage, MessageLink link);

    void addErrorMessageInEnglish(String errorMessage);

    void addWarningMessage(String warningMessage);

    void addWarningMessage(String warningMessage, MessageLink link);

    void addWarningMessageInEnglish(String warningMessage);

    class MessageLink {

        public MessageLink(String linkText, String linkUrl) {
            throw new UnsupportedOperationException("stub");
        }

        public MessageLink(String linkText, String linkUrl, boolean absolutePath) {
            throw new UnsupportedOperationException("stub");
        }

        public String getLinkText() {
            throw new UnsupportedOperationException("stub");
        }

        public String getLinkUrl() {
            throw new UnsupportedOperationException("stub");
        }

        public boolean isAbsolutePath() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
