package se.namndkoll.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The web application's files keep to the rules the Content-Security-Policy and the translation
 * rely on: no inline script, event-handler or style attribute, nothing loaded from elsewhere, no
 * HTML built from strings, and the same keys in both dictionaries.
 */
class StaticFilesTest {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    @Test
    void thePagesHaveNoInlineScriptHandlerOrStyleAndLoadNothingFromElsewhere() throws IOException {
        for (Resource page : RESOLVER.getResources("classpath:static/**/*.html")) {
            String html = read(page);
            assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()).as(page + ": inline script").isFalse();
            assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find()).as(page + ": event-handler attribute").isFalse();
            assertThat(Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find()).as(page + ": style attribute").isFalse();
            assertThat(html).as(page + ": external resources").doesNotContain("http://", "https://", "//cdn");
        }
    }

    @Test
    void theScriptsBuildTheDomWithoutHtmlStringsOrEval() throws IOException {
        Resource[] scripts = RESOLVER.getResources("classpath:static/js/**/*.js");
        assertThat(scripts).hasSizeGreaterThan(8);
        for (Resource script : scripts) {
            String js = read(script);
            assertThat(js).as(script.getFilename()).doesNotContain(".innerHTML", "outerHTML =", "insertAdjacentHTML", "eval(",
                    "new Function", "document.write");
            assertThat(js).as(script.getFilename() + ": external resources").doesNotContainPattern("(src|href)\\s*[:=]\\s*['\"`]https?:");
        }
    }

    @Test
    void bothDictionariesHaveTheSameKeys() throws IOException {
        Set<String> sv = keys("classpath:static/js/i18n/sv.js");
        Set<String> en = keys("classpath:static/js/i18n/en.js");
        assertThat(sv).hasSizeGreaterThan(200);
        Set<String> onlySwedish = new TreeSet<>(sv);
        onlySwedish.removeAll(en);
        Set<String> onlyEnglish = new TreeSet<>(en);
        onlyEnglish.removeAll(sv);
        assertThat(onlySwedish).as("keys without English text").isEmpty();
        assertThat(onlyEnglish).as("keys without Swedish text").isEmpty();
    }

    @Test
    void everyStaticKeyTheScriptsUseIsInTheSwedishDictionary() throws IOException {
        Set<String> sv = keys("classpath:static/js/i18n/sv.js");
        List<String> missing = new ArrayList<>();
        Pattern use = Pattern.compile("\\btn?\\('([a-zA-Z0-9_.]+)'");
        for (Resource script : RESOLVER.getResources("classpath:static/js/**/*.js")) {
            Matcher m = use.matcher(read(script));
            while (m.find()) {
                if (!sv.contains(m.group(1))) {
                    missing.add(script.getFilename() + ": " + m.group(1));
                }
            }
        }
        Matcher m = Pattern.compile("data-i18n(?:-aria-label)?=\"([^\"]+)\"").matcher(read(RESOLVER.getResource("classpath:static/index.html")));
        while (m.find()) {
            if (!sv.contains(m.group(1))) {
                missing.add("index.html: " + m.group(1));
            }
        }
        assertThat(missing).as("texts used but not translated").isEmpty();
    }

    private static Set<String> keys(String location) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = Pattern.compile("^\\s*'([^']+)':", Pattern.MULTILINE).matcher(read(RESOLVER.getResource(location)));
        while (m.find()) {
            assertThat(keys.add(m.group(1))).as(location + ": duplicate key " + m.group(1)).isTrue();
        }
        return keys;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
