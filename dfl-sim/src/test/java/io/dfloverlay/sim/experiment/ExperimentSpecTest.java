package io.dfloverlay.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.config.RunConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperimentSpecTest {
    /** Two axes (3 x 2), one exclusion, one adjustment; smoke keeps 2 topologies. */
    static final String SPEC = """
            {"name": "t", "title": "test", "kind": "training",
             "base": {"topology": {"kind": "random-regular", "n": 16, "d": 4},
                      "data": {"dataset": "synthetic-logistic", "partition": {"kind": "dirichlet", "alpha": 0.5}},
                      "execution": {"rounds": 3, "evaluation": {"every": 1}}},
             "axes": [
               {"name": "topology", "reference": "random-regular", "values": [
                 {"label": "random-regular"},
                 {"label": "ring", "overrides": {"topology": {"kind": "ring", "d": null}}},
                 {"label": "equistatic", "overrides": {"topology": {"kind": "equistatic"}}}]},
               {"name": "partition", "values": [
                 {"label": "dir", "overrides": {}},
                 {"label": "iid", "overrides": {"data": {"partition": {"kind": "iid"}}}}]}],
             "exclude": [{"topology": ["ring"], "partition": ["iid"]}],
             "adjust": [{"when": {"topology": ["equistatic"]}, "overrides": {"topology": {"params": {"m": 2}}}}],
             "seeds": 5, "metrics": ["finalAccuracy", "roundsToTarget"],
             "smoke": {"seeds": 2, "only": {"topology": ["random-regular", "ring"]}, "overrides": {"execution": {"rounds": 2}}}}
            """;

    @Test
    void gridIsTheProductMinusExclusionsWithOverridesMergedInOrder() {
        ExperimentSpec spec = ExperimentSpec.fromJson(SPEC);
        List<ExperimentCell> cells = ExperimentGrid.cells(spec, false);
        assertEquals(List.of("random-regular/dir", "random-regular/iid", "ring/dir", "equistatic/dir", "equistatic/iid"),
                cells.stream().map(ExperimentCell::id).toList());
        RunConfig ring = ExperimentGrid.config(cells.get(2), 7);
        assertEquals("ring", ring.topology().kind());
        assertEquals(null, ring.topology().d(), "null removes the key");
        assertEquals(7, ring.execution().seed());
        assertEquals(3, ring.execution().rounds());
        assertEquals(new PartitionConfig.Dirichlet(0.5), ring.data().partition());
        RunConfig iid = ExperimentGrid.config(cells.get(4), 1);
        assertEquals(new PartitionConfig.Iid(), iid.data().partition(), "a partition is replaced whole, alpha not inherited");
        assertEquals(2L, iid.topology().params().get("m"), "adjustment applied");
        assertEquals(16, iid.topology().n());
    }

    @Test
    void smokeKeepsItsLabelsAndMergesItsOverridesLast() {
        ExperimentSpec spec = ExperimentSpec.fromJson(SPEC);
        List<ExperimentCell> cells = ExperimentGrid.cells(spec, true);
        assertEquals(List.of("random-regular/dir", "random-regular/iid", "ring/dir"), cells.stream().map(ExperimentCell::id).toList());
        assertEquals(2, ExperimentGrid.config(cells.get(0), 1).execution().rounds());
    }

    @Test
    void referenceCellSetsTheReferencedAxis() {
        ExperimentSpec spec = ExperimentSpec.fromJson(SPEC);
        List<ExperimentCell> cells = ExperimentGrid.cells(spec, false);
        assertEquals("random-regular/iid", ExperimentGrid.reference(spec, cells.get(4), cells).orElseThrow().id());
        assertTrue(ExperimentGrid.reference(spec, cells.get(0), cells).isEmpty(), "the reference has none");
    }

    @Test
    void explicitCellsReplaceTheProduct() {
        String json = SPEC.replace("\"exclude\"", "\"cells\": [{\"topology\": \"equistatic\", \"partition\": \"iid\"},"
                + " {\"topology\": \"ring\", \"partition\": \"dir\"}], \"exclude\"");
        assertEquals(List.of("equistatic/iid", "ring/dir"),
                ExperimentGrid.cells(ExperimentSpec.fromJson(json), false).stream().map(ExperimentCell::id).toList());
        String excluded = SPEC.replace("\"exclude\"", "\"cells\": [{\"topology\": \"ring\", \"partition\": \"iid\"}], \"exclude\"");
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentGrid.cells(ExperimentSpec.fromJson(excluded), false));
        assertEquals("exclude: no cell is left to run", e.getMessage());
    }

    @Test
    void aCellWithAnInvalidConfigIsNamed() {
        String json = SPEC.replace("\"kind\": \"equistatic\"}", "\"kind\": \"equistatic\", \"n\": 0}");
        ExperimentSpec spec = ExperimentSpec.fromJson(json);
        ConfigException e = assertThrows(ConfigException.class, () -> new ExperimentRunner(spec, false, 0));
        assertTrue(e.getMessage().startsWith("cell equistatic/dir: topology.n: must be at least 1"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"seeds\": 5|\"seeds\": 3|seeds: must be at least 5, got 3",
        "\"title\": \"test\",|\"title\": \"test\", \"colour\": 1,|colour: unknown key",
        "\"finalAccuracy\"|\"accuracy\"|metrics.0: unknown metric 'accuracy' for kind training",
        "\"reference\": \"random-regular\"|\"reference\": \"rr\"|axes.0.reference: 'rr' is not a label of this axis",
        "{\"topology\": [\"ring\"], \"partition\"|{\"topo\": [\"ring\"], \"partition\"|exclude.0.topo: no axis named 'topo'",
        "\"only\": {\"topology\": [\"random-regular\", \"ring\"]}|\"only\": {\"topology\": [\"star\"]}|smoke.only.topology: 'star' is not a label",
        "\"kind\": \"training\"|\"kind\": \"learning\"|kind:",
        "{\"label\": \"random-regular\"}|{\"label\": \"a/b\"}|axes.0.values.0.label: must not contain",
        "\"seeds\": 2, \"only\"|\"seeds\": 1, \"only\"|smoke.seeds: must be at least 2",
        "\"name\": \"t\"|\"name\": \"T T\"|name: must be lower-case",
    })
    void badSpecsNameTheKeyPath(String from, String to, String expected) {
        String json = SPEC.replace(from, to);
        assertTrue(!json.equals(SPEC), "the replacement applies: " + from);
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentSpec.fromJson(json));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }

    @Test
    void malformedJsonIsOneLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentSpec.fromJson("{\"name\": "));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}
