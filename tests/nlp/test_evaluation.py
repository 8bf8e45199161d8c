import copy

from nlp.evaluation import GROUPS, evaluate, score_figures, score_sections
from tests.records import make_record


def test_a_record_scores_perfectly_against_itself():
    gold = make_record()
    result = evaluate([copy.deepcopy(gold)], {"QuangNinh": gold})
    assert set(result.groups) == set(GROUPS)
    assert all(s.f1 == 1.0 for s in result.groups.values())
    assert result.overall_f1 == 1.0


def test_figure_matches_within_half_a_percent_and_needs_metric_unit_period():
    gold = make_record()
    near = make_record()
    near["figures"][0]["value"] = 1_507_000          # +0.47 %
    assert score_figures(near, gold).tp == 1
    far = make_record()
    far["figures"][0]["value"] = 1_510_000           # +0.67 %
    assert score_figures(far, gold).tp == 0
    other_period = make_record()
    other_period["figures"][0]["period"] = "2024-9M"
    assert score_figures(other_period, gold).tp == 0


def test_free_text_matches_at_085_and_case_and_spacing_do_not_matter():
    gold = make_record()
    pred = make_record()
    pred["key_messages"]["items"][0]["text"] = "ĐIỂM   ĐẾN an toàn."  # small noise
    pred["document"]["province"] = "quảng ninh"
    result = evaluate([pred], {"QuangNinh": gold})
    assert result.groups["key_messages"].f1 == 1.0
    assert result.groups["document"].f1 == 1.0


def test_section_words_in_the_wrong_section_do_not_count():
    gold = make_record(sections=[{"section": "1", "heading": "I", "text": "một hai ba bốn", "evidence": {}},
                                 {"section": "3", "heading": "III", "text": "năm sáu", "evidence": {}}])
    pred = make_record(sections=[{"section": "1", "heading": "I", "text": "một hai ba bốn năm sáu", "evidence": {}}])
    s = score_sections(pred, gold)
    assert (s.tp, s.pred, s.gold) == (4, 6, 6)


def test_missing_prediction_scores_zero_recall():
    result = evaluate([], {"QuangNinh": make_record()})
    assert result.missing == ["QuangNinh"]
    assert result.groups["figures"].recall == 0.0


def test_vocabulary_copy_matches_the_contract():
    """nlp/data/vocabulary.yaml is a copy of ../shared/contract/vocabulary.yaml; the record's
    Literal ids must equal the contract's ids."""
    import typing
    from pathlib import Path

    import yaml

    from nlp.vocab import load
    from storage import record

    ours = load("vocabulary")
    shared = Path(__file__).resolve().parents[3] / "shared" / "contract" / "vocabulary.yaml"
    if shared.exists():  # beside the checkout on developer machines and CI
        assert yaml.safe_load(shared.read_text(encoding="utf-8")) == ours
    for kind, literal in (("channels", record.Channel), ("metrics", record.Metric), ("units", record.Unit),
                          ("addressees", record.Addressee), ("factor_groups", record.FactorGroup),
                          ("plan_status", record.PlanStatus)):
        assert set(typing.get_args(literal)) == set(map(str, ours[kind])), kind
    assert set(typing.get_args(record.SectionId)) == set(map(str, ours["sections"]))
