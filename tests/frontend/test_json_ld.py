import json

from frontend import json_ld


def test_json_ld_cannot_close_its_script_element():
    data = {"headline": "</script><script>alert(1)</script> & <b>"}
    text = str(json_ld.script_json(data))
    assert "<" not in text and ">" not in text
    assert json.loads(text) == data


def test_publisher_falls_back_to_the_portal_name_and_shows_its_logo():
    logo = {
        "alt": "",
        "renditions": [
            {"width": 320, "height": 320, "jpeg": "https://cms.vn/logo.jpg"},
        ],
    }
    ld = json_ld.news_article(
        {"title": "Tin", "date": "2023-08-24T08:30:00+07:00"},
        "https://tin.vn/tin/",
        None,
        {"name": "Cổng thông tin", "unit": "", "logo": logo},
    )
    assert ld["publisher"] == {
        "@type": "Organization",
        "name": "Cổng thông tin",
        "logo": {"@type": "ImageObject", "url": "https://cms.vn/logo.jpg"},
    }
    assert ld["image"] == []
