package uk.wmpathways.ui.reports;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgBarChartTest {

    private static final List<SvgBarChart.Bar> BARS = List.of(
            new SvgBarChart.Bar("DUDLEY", "Dudley", 26.748, "", 23.8, 29.9),
            new SvgBarChart.Bar("WALSALL", "Walsall", 20.2, "", null, null),
            new SvgBarChart.Bar("SOLIHULL", "Solihull", null, "<5", null, null));

    private static Document parsed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element barGroup(Document document, String key) {
        return elements(document, "g").stream().filter(g -> key.equals(g.getAttribute("data-key"))).findFirst()
                .orElseThrow();
    }

    @Test
    void aLongCategoryNameFitsLeftOfTheBarsInsideTheChart() throws Exception {
        String longName = "Black, Black British, Caribbean or African";
        Document svg = parsed(new SvgBarChart("e", "Job conversion rate by ethnicity", "Job conversion rate (%)", "%",
                List.of(new SvgBarChart.Bar("BLACK", longName, 30.0, "", null, null))).svg(
                SvgBarChart.Orientation.HORIZONTAL));

        Element label = elements(svg, "text").stream().filter(text -> longName.equals(text.getTextContent()))
                .findFirst().orElseThrow();
        double labelEnd = Double.parseDouble(label.getAttribute("x"));
        double barStart = Double.parseDouble(elements(svg, "rect").get(0).getAttribute("x"));
        assertThat(labelEnd - longName.length() * 6.5).as("room for the name at about 6.5px a character")
                .isGreaterThanOrEqualTo(0);
        assertThat(barStart).isGreaterThan(labelEnd);
        String viewBox = ((Element) svg.getElementsByTagName("svg").item(0)).getAttribute("viewBox");
        double width = Double.parseDouble(viewBox.split(" ")[2]);
        assertThat(width).as("the plot keeps its width beside the wider names").isGreaterThan(720);
    }

    @Test
    void eachValueIsABarWithItsValueWrittenBesideItAndAnAbsentValueDrawsNoBar() throws Exception {
        for (SvgBarChart.Orientation orientation : SvgBarChart.Orientation.values()) {
            Document svg = parsed(new SvgBarChart("c", "Job conversion rate by local authority",
                    "Job conversion rate (%)", "%", BARS).svg(orientation));

            assertThat(elements(svg, "rect")).as(orientation.name()).hasSize(2);
            Element dudley = barGroup(svg, "DUDLEY");
            assertThat(dudley.getAttribute("data-value")).isEqualTo("26.7");
            assertThat(dudley.getTextContent()).contains("Dudley").contains("26.7%");
            Element solihull = barGroup(svg, "SOLIHULL");
            assertThat(solihull.getElementsByTagName("rect").getLength()).isZero();
            assertThat(solihull.getAttribute("data-value")).isEmpty();
            assertThat(solihull.getTextContent()).contains("Solihull").contains("<5");
        }
    }

    @Test
    void aConfidenceIntervalIsAnErrorBarWithCaps() throws Exception {
        Document svg = parsed(new SvgBarChart("c", "Arms", "Rate (%)", "%", BARS).svg(SvgBarChart.Orientation.HORIZONTAL));

        assertThat(barGroup(svg, "DUDLEY").getElementsByTagName("line").getLength()).isEqualTo(3);
        assertThat(barGroup(svg, "WALSALL").getElementsByTagName("line").getLength()).isZero();
    }

    @Test
    void theChartIsAnImageWithATitleAndADescriptionOfEveryValue() throws Exception {
        Document svg = parsed(new SvgBarChart("conversion", "Job conversion rate by local authority",
                "Job conversion rate (%)", "%", BARS).svg(SvgBarChart.Orientation.HORIZONTAL));
        Element root = svg.getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("conversion-title conversion-desc");
        assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("Job conversion rate by local authority");
        assertThat(root.getAttribute("aria-label")).contains("Dudley 26.7% (95% confidence interval 23.8% to 29.9%)")
                .contains("Walsall 20.2%").contains("Solihull fewer than 5");
    }

    @Test
    void theValueAxisHasLabelledTicksFromZeroToARoundNumberAboveEveryInterval() throws Exception {
        SvgBarChart chart = new SvgBarChart("c", "t", "Job conversion rate (%)", "%", BARS);
        Document svg = parsed(chart.svg(SvgBarChart.Orientation.VERTICAL));

        assertThat(chart.scaleMax()).isEqualTo(30);
        assertThat(elements(svg, "text").stream().filter(t -> t.getAttribute("class").equals("pathways-chart-tick"))
                .map(Element::getTextContent)).containsExactly("0%", "7.5%", "15%", "22.5%", "30%");
        assertThat(elements(svg, "text")).anySatisfy(t -> assertThat(t.getTextContent()).isEqualTo("Job conversion rate (%)"));
        assertThat(new SvgBarChart("c", "t", "Rate", "%", List.of(new SvgBarChart.Bar("A", "A", 93.0, "", 88.0, 97.0)))
                .scaleMax()).as("never above 100%").isEqualTo(100);
    }

    @Test
    void labelsAreEscapedSoThatTheyCannotBecomeMarkup() throws Exception {
        String svg = new SvgBarChart("c", "A <b>title</b>", "Rate", "%", List.of(new SvgBarChart.Bar("X\"",
                "<script>alert(1)</script> & co", 10.0, "", null, null))).svg(SvgBarChart.Orientation.HORIZONTAL);

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        assertThat(elements(parsed(svg), "script")).isEmpty();
    }

    @Test
    void withNothingToShowTheChartSaysSo() {
        assertThat(new SvgBarChart("c", "Conversion", "Rate", "%", List.of()).description())
                .isEqualTo("Conversion: nothing to show.");
    }

    @Test
    void aStackedChartKeepsItsWordsAtLeast12PxHighWhenShrunkToAPhonesWidth() throws Exception {
        String longName = "Black, Black British, Caribbean or African";
        Document svg = parsed(new SvgBarChart("e", "By ethnicity", "Job conversion rate (%)", "%",
                List.of(new SvgBarChart.Bar("BLACK", longName, 30.0, "", 25.0, 35.0),
                        new SvgBarChart.Bar("WHITE", "White", 24.0, "", 22.0, 26.0))).svg(
                SvgBarChart.Orientation.STACKED));

        double width = Double.parseDouble(((Element) svg.getElementsByTagName("svg").item(0))
                .getAttribute("viewBox").split(" ")[2]);
        double phoneColumn = 390 - 2 * 16;
        for (Element text : elements(svg, "text")) {
            String style = text.getAttribute("style");
            assertThat(style).as(text.getTextContent()).matches("font-size:\\d+px");
            double fontSize = Double.parseDouble(style.replaceAll("\\D", ""));
            assertThat(fontSize * Math.min(1, phoneColumn / width)).as(text.getTextContent())
                    .isGreaterThanOrEqualTo(12);
        }
        Element label = elements(svg, "text").stream().filter(text -> longName.equals(text.getTextContent()))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(label.getAttribute("x")) + longName.length() * 14 * 0.55)
                .as("the longest name fits across the chart at about 0.55 em a character").isLessThan(width);
    }
}
