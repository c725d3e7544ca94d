package uk.wmpathways.infra.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on an error that nothing in the application answered, as problem+json instead of
 * Tomcat's HTML page (which also named the server). It speaks for requests that Tomcat refuses before any
 * filter sees them: a {@code %00}, an encoded {@code /} or {@code \} in the address. Errors the application
 * answered (its body already written) pass untouched, as with Tomcat's own valve.
 * <p>
 * Tomcat makes it by its class name ({@link org.apache.catalina.core.StandardHost#setErrorReportValveClass}),
 * so it has no Spring beans: the JSON is written by hand, from fixed texts only.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is gone
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = status == 400 ? RejectedRequests.TITLE : known != null ? known.getReasonPhrase() : "Error";
        String detail = status == 400 ? RejectedRequests.DETAIL : "The request could not be answered";
        try {
            SecurityHeaders.writeTo(response);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the response cannot be written any more: nothing more to tell
        }
    }
}
