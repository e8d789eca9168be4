"""The demo portals' organisation and officials (cms/organisation), with their
English version. Names are fictional; the units follow the two-level local
government in force since 1 July 2025: province, and commune or ward.

``load_organisation(site, place, level)`` is called by the loader for each
portal; it adds nothing to a portal that already has units."""

from cms.core.text import ascii_slugify
from cms.organisation.models import Official, OrganisationUnit

# (name, English name, functions, English functions, children)
COMMUNE = (
    "Ủy ban nhân dân {level} {place}",
    "People's Committee of {place_en} {level_en}",
    "<p>Cơ quan hành chính nhà nước ở {level}, chấp hành Nghị quyết của Hội đồng "
    "nhân dân {level}; quản lý nhà nước trên các lĩnh vực kinh tế, văn hóa, xã hội, "
    "quốc phòng, an ninh trên địa bàn.</p>",
    "<p>The state administrative body of the {level_en}, which carries out the "
    "resolutions of the People's Council and manages the economy, culture, "
    "society, defence and security of the area.</p>",
    [
        (
            "Văn phòng HĐND và UBND",
            "Office of the People's Council and People's Committee",
            "<ul><li>Tham mưu, tổng hợp, giúp việc cho Hội đồng nhân dân và Ủy ban "
            "nhân dân.</li><li>Quản lý công tác văn thư, lưu trữ, tiếp công dân.</li>"
            "</ul>",
            "<ul><li>Advises and assists the People's Council and the People's "
            "Committee.</li><li>Keeps records and archives and receives citizens.</li>"
            "</ul>",
        ),
        (
            "Phòng Kinh tế",
            "Economic Division",
            "<ul><li>Tham mưu về nông nghiệp, công thương, tài chính, xây dựng, "
            "giao thông.</li><li>Quản lý đất đai, tài nguyên và môi trường.</li></ul>",
            "<ul><li>Advises on agriculture, industry and trade, finance, "
            "construction and transport.</li><li>Manages land, natural resources "
            "and the environment.</li></ul>",
        ),
        (
            "Phòng Văn hóa – Xã hội",
            "Culture and Social Affairs Division",
            "<ul><li>Tham mưu về văn hóa, thông tin, giáo dục, y tế, lao động, "
            "chính sách xã hội.</li></ul>",
            "<ul><li>Advises on culture, information, education, health, labour "
            "and social policy.</li></ul>",
        ),
        (
            "Trung tâm Phục vụ hành chính công",
            "Public Administrative Service Centre",
            "<p>Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính cho người dân, "
            "doanh nghiệp.</p>",
            # Left untranslated: the English page shows the Vietnamese, marked.
            "",
        ),
    ],
)

# (name, position, English position, unit index: 0 the committee, 1.. children)
COMMUNE_OFFICIALS = [
    ("Trần Thị Mai", "Chủ tịch UBND {level}", "Chairwoman", 0),
    ("Nguyễn Văn Thành", "Phó Chủ tịch UBND {level}", "Vice-Chairman", 0),
    ("Lê Văn Hùng", "Chánh Văn phòng HĐND và UBND", "Chief of Office", 1),
    ("Phạm Thu Hà", "Trưởng phòng Kinh tế", "Head of the Economic Division", 2),
    (
        "Hoàng Minh Đức",
        "Trưởng phòng Văn hóa – Xã hội",
        "Head of the Culture and Social Affairs Division",
        3,
    ),
    ("Đỗ Thị Lan", "Giám đốc Trung tâm Phục vụ hành chính công", "", 4),
]

LEVELS_EN = {"xã": "Commune", "phường": "Ward", "tỉnh": "Province"}


def load_organisation(site, place: str, level: str = "xã", phone_prefix="0209 3"):
    """Adds the organisation of the ``level`` ("xã", "phường" or "tỉnh") named
    ``place`` to ``site``, unless it has one. Returns the number of units made."""
    if OrganisationUnit.objects.in_site(site).exists():
        return 0
    words = {
        "place": place,
        "level": level,
        "place_en": _without_diacritics(place),
        "level_en": LEVELS_EN.get(level, "Commune"),
    }
    name, name_en, functions, functions_en, children = COMMUNE
    if level == "tỉnh":
        children = [
            ("Văn phòng UBND tỉnh", "Office of the Provincial People's Committee")
            + child[2:]
            if index == 0
            else child
            for index, child in enumerate(children)
        ]
    top = OrganisationUnit.objects.create(
        site=site,
        name=name.format(**words),
        name_en=name_en.format(**words),
        functions=functions.format(**words),
        functions_en=functions_en.format(**words),
        sort_order=0,
    )
    units = [top]
    for order, (child, child_en, duties, duties_en) in enumerate(children, start=1):
        units.append(
            OrganisationUnit.objects.create(
                site=site,
                parent=top,
                name=child,
                name_en=child_en,
                functions=duties,
                functions_en=duties_en,
                sort_order=order,
            )
        )
    domain = ascii_slugify(place).replace("-", "") + ".example.vn"
    for order, (person, position, position_en, unit) in enumerate(
        COMMUNE_OFFICIALS, start=1
    ):
        Official.objects.create(
            site=site,
            name=person,
            position=position.format(**words),
            position_en=position_en,
            unit=units[unit],
            phone=f"{phone_prefix} 851 {200 + order}",
            email=f"{ascii_slugify(person).replace('-', '.')}@{domain}",
            sort_order=order,
        )
    return len(units)


def _without_diacritics(text: str) -> str:
    return " ".join(part.capitalize() for part in ascii_slugify(text).split("-"))
