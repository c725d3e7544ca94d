package uk.wmpathways.infra.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Signing in and the commands and queries of one HTTP request read the caller's account once. */
class AccountReadPerRequestTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final UserAccounts accounts = new UserAccounts(mongo);
    private final UserAccount worker = new UserAccount("worker", "hash", "A Worker", Set.of(Role.CASEWORKER), true,
            "ORG");

    AccountReadPerRequestTest() {
        when(mongo.findById("worker", UserAccount.class)).thenReturn(worker);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void oneRequestReadsTheAccountOnceAndTheNextReadsItAgain() {
        newRequest();
        assertThat(accounts.findForThisRequest("worker")).contains(worker);
        assertThat(accounts.findForThisRequest("worker")).contains(worker);
        assertThat(accounts.findForThisRequest("worker")).contains(worker);
        verify(mongo, times(1)).findById("worker", UserAccount.class);

        UserAccount disabled = new UserAccount("worker", "hash", "A Worker", Set.of(Role.CASEWORKER), false, "ORG");
        when(mongo.findById("worker", UserAccount.class)).thenReturn(disabled);
        newRequest();
        assertThat(accounts.findForThisRequest("worker")).contains(disabled);
        verify(mongo, times(2)).findById("worker", UserAccount.class);
    }

    @Test
    void anAccountTheRequestReplacedIsReadAgain() {
        newRequest();
        accounts.findForThisRequest("worker");
        UserAccount moved = new UserAccount("worker", "hash", "A Worker", Set.of(Role.CASEWORKER), true, "OTHER");
        accounts.replace(moved);
        when(mongo.findById("worker", UserAccount.class)).thenReturn(moved);

        assertThat(accounts.findForThisRequest("worker")).contains(moved);
        verify(mongo, times(2)).findById("worker", UserAccount.class);
    }

    @Test
    void outsideARequestEveryLookReads() {
        accounts.findForThisRequest("worker");
        accounts.findForThisRequest("worker");
        verify(mongo, times(2)).findById("worker", UserAccount.class);
        assertThat(accounts.findForThisRequest("nobody")).isEmpty();
        assertThat(accounts.findForThisRequest(null)).isEmpty();
    }
}
