package se.namndkoll.service.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for requests the application never sees: a request line or header that
 * Tomcat itself refuses (an invalid percent-encoding, {@code %00} or an encoded slash in the path,
 * a header or URI beyond the size limits). Tomcat's own report is an HTML page naming the server;
 * this one is an RFC 9457 problem+json body like every other error of the service, in Swedish or,
 * with {@code Accept-Language: en}, English. Installed as the host's error report valve by
 * {@link TomcatConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean english = english(request);
        String body = body(status, english);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", english ? "en" : "sv");
            response.setHeader("Content-Security-Policy", SecurityHeadersFilter.API_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more to say
        }
    }

    private static boolean english(Request request) {
        try {
            String language = request.getHeader("Accept-Language");
            return language != null && language.trim().toLowerCase(java.util.Locale.ROOT).startsWith("en");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The problem document; no request data is repeated in it (the request could not be read). */
    static String body(int status, boolean english) {
        String slug;
        String title;
        String detail;
        switch (status) {
            case 400 -> {
                slug = "bad-request";
                title = english ? "Bad request" : "Felaktig begäran";
                detail = english ? "The request cannot be read: its address or a header is malformed (for example an invalid"
                        + " percent-encoding or a character that is not allowed in a path)."
                        : "Begäran kan inte läsas: adressen eller ett huvud har fel form (till exempel en felaktig"
                        + " procentkodning eller ett tecken som inte får stå i en sökväg).";
            }
            case 413, 414, 431 -> {
                slug = "payload-too-large";
                title = english ? "Request too large" : "För stor begäran";
                detail = english ? "The request's address, headers or body exceed the limits of the service."
                        : "Begärans adress, huvuden eller innehåll överskrider tjänstens gränser.";
            }
            case 404 -> {
                slug = "not-found";
                title = english ? "Not found" : "Finns inte";
                detail = english ? "There is nothing at this address." : "Det finns ingenting på den här adressen.";
            }
            case 405 -> {
                slug = "method-not-allowed";
                title = english ? "Method not allowed" : "Metoden stöds inte";
                detail = english ? "The HTTP method is not supported here." : "HTTP-metoden stöds inte här.";
            }
            default -> {
                slug = status >= 500 ? "internal" : "client-error";
                title = status >= 500 ? (english ? "Internal error" : "Internt fel") : (english ? "Bad request" : "Felaktig begäran");
                detail = status >= 500 ? (english ? "An error occurred in the service." : "Ett fel uppstod i tjänsten.")
                        : (english ? "The request cannot be carried out." : "Begäran kan inte utföras.");
            }
        }
        return "{\"type\":\"https://namndkoll.se/problems/" + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
