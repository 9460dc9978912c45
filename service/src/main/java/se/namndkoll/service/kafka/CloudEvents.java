package se.namndkoll.service.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 Kafka protocol binding in binary content mode, as the check requests and
 * replies use it: each attribute is a header {@code ce_<name>} (UTF-8), the data is the record's
 * value, and its media type is the {@code content-type} header.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String PREFIX = "ce_";
    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    /** Extension attributes of a check request. */
    public static final String FILENAME = "ce_filename";
    public static final String COMMITTEE = "ce_committee";
    public static final String EVALUATION_DATE = "ce_evaluationdate";
    public static final String LANGUAGE = "ce_language";

    /** Request types. */
    public static final String DOCUMENT_CHECK = "se.namndkoll.check.document";
    public static final String CASE_CHECK = "se.namndkoll.check.case";
    /** Reply types. */
    public static final String REPORT = "se.namndkoll.check.report";
    public static final String PROBLEM = "se.namndkoll.check.problem";

    /** The source of the events this service sends. */
    public static final String SERVICE_SOURCE = "/namndkoll";

    private CloudEvents() {
    }

    /** The last value of a header as UTF-8 text, {@code null} when absent. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sets a header (replacing any of the same name). */
    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
