"""The theme: one home for colours and type sizes, for every setting and for the plots."""

import plotly.io as pio

from indicators.outputs import theme


def test_every_setting_has_a_registered_plot_template():
    for sizes in theme.SETTINGS.values():
        assert theme.template_name(sizes) in pio.templates


def test_the_projector_reads_from_the_back_of_a_room():
    assert theme.PROJECTOR.tick >= 18 and theme.PROJECTOR.headline >= 48
    assert theme.PHONE.tick >= 12


def test_the_css_gets_its_values_from_the_theme():
    values = theme.css_values()
    assert values["mark"] == theme.MARK and values["text"] == theme.TEXT


def test_streamlits_primary_colour_is_the_themes_accent_not_red():
    import tomllib

    from indicators.outputs import theme
    from tests.conftest import ROOT

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["theme"]["primaryColor"].lower() == theme.ACCENT.lower()
