"""Streamlit Markdown: data shown literally; a tile's label."""

from components.markdown import escape_markdown


def test_markdown_escaping_keeps_text_literal():
    assert escape_markdown("$x$ *a* _b_ <i> :smile:") == r"\$x\$ \*a\* \_b\_ \<i\> \:smile\:"
