"""The detector that the browser test relies on finds English and only English."""

import pytest

from .english import english_words


@pytest.mark.parametrize(
    "text",
    [
        "Lưu nháp",
        "Tin trong huyện",
        "Gửi duyệt: Duyệt tin hai cấp",
        "Sapo",
        "Tối đa 10,0 MB; Ctrl + B",
        "Trang web của UBND huyện, liên hệ ttvhtt@hoason.example.vn",
        "Tải lên anh-mot-cua.jpg hoặc xem https://hoason.example.vn/tin-tuc/",
        "Pha bật nhảy đập bóng trong trận bóng chuyền hơi giữa đội th…",
        "Chia sẻ lên Zalo, Facebook và YouTube",
    ],
)
def test_vietnamese_text_has_no_english(text):
    assert english_words(text) == set()


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Save draft", {"Save", "draft"}),
        ("2 minutes trước", {"minutes"}),
        ("Actions", {"Actions"}),
        ("Password*", {"Password"}),
        ("Submit for moderation", {"Submit", "for", "moderation"}),
        ("Đã gửi tới bước Biên tập duyệt 34 seconds ago", {"seconds", "ago"}),
    ],
)
def test_english_words_are_found(text, english):
    assert english_words(text) == english


def test_a_screen_may_allow_its_own_names():
    assert english_words("Hoason Press", also_allowed={"Hoason", "Press"}) == set()
