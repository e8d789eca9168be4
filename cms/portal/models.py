from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site


class PortalSettingsQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)

    def closed(self):
        return self.filter(closed_at__isnull=False)


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Who publishes this portal and how readers reach them (one per site)."""

    name = models.CharField(
        "tên cổng thông tin",
        max_length=255,
        default="Cổng thông tin điện tử",
        help_text="Hiện ở đầu mọi trang của trang tin.",
    )
    unit = models.CharField(
        "đơn vị chủ quản",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Ủy ban nhân dân xã An Phú.",
    )
    logo = models.ForeignKey(
        "images.CustomImage",
        verbose_name="logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name="ảnh chia sẻ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Facebook, Zalo hiện ảnh này khi bạn đọc chia sẻ một bài không "
        "có ảnh. Nên rộng ít nhất 1200 px (tỉ lệ khoảng 1,91 : 1). Để trống thì "
        "dùng logo.",
    )
    address = models.CharField("địa chỉ", max_length=500, blank=True)
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    footer_text = models.TextField(
        "chân trang",
        blank=True,
        help_text="Ví dụ: giấy phép, người chịu trách nhiệm nội dung.",
    )
    facebook_url = models.URLField("trang Facebook", blank=True)
    zalo_url = models.URLField("trang Zalo OA", blank=True)
    youtube_url = models.URLField("kênh YouTube", blank=True)
    # A province installation: the province's portal has no parent, each
    # commune's (and ward's) portal names the province's. Set when the portal
    # is created (cms/portal/provisioning.py), not in the settings form.
    parent = models.ForeignKey(
        Site,
        verbose_name="thuộc cổng",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="child_portals",
        help_text="Cổng cấp tỉnh mà cổng xã, phường này thuộc về.",
    )
    # Closing keeps every page, image and account; readers and the API no
    # longer see the portal (api/views.py answers 410, with the redirect when
    # one was chosen). Set by cms/portal/lifecycle.py.
    closed_at = models.DateTimeField("đóng lúc", null=True, blank=True, editable=False)
    redirect_url = models.URLField(
        "chuyển hướng tới",
        blank=True,
        editable=False,
        help_text="Địa chỉ bạn đọc được đưa tới khi cổng đã đóng.",
    )

    objects = PortalSettingsQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("unit"),
                FieldPanel("logo"),
                FieldPanel("share_image"),
            ],
            heading="Đơn vị",
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading="Liên hệ",
        ),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("zalo_url"),
                FieldPanel("youtube_url"),
            ],
            heading="Mạng xã hội",
        ),
    ]

    class Meta:
        verbose_name = "thông tin cổng"
        verbose_name_plural = "thông tin cổng"

    def __str__(self):
        return self.name

    @property
    def is_province(self) -> bool:
        """The province's own portal (no parent), as opposed to a commune's."""
        return self.parent_id is None

    @classmethod
    def is_province_site(cls, site: Site) -> bool:
        """Whether ``site`` is a province's portal (no parent), in one query
        and without creating its settings."""
        return not cls.objects.filter(site=site, parent__isnull=False).exists()

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    @classmethod
    def closure(cls, site: Site) -> "PortalSettings | None":
        """The settings of ``site`` if the portal is closed (one query), else
        None: what the API checks before answering for a portal."""
        return (
            cls.objects.closed()
            .filter(site=site)
            .only("closed_at", "redirect_url")
            .first()
        )

    @property
    def kind(self) -> str:
        return "Cổng cấp tỉnh" if self.is_province else "Cổng cấp xã"


class NewsProposal(models.Model):
    """A commune's article proposed to its province's portal ("đưa tin lên
    tỉnh"). Accepted, it is listed in the province's "Tin cơ sở" section, its
    lists, search and feeds, and links to the commune's own page: nothing is
    copied (cms/core/models.py, ``in_portal``)."""

    PENDING, ACCEPTED, DECLINED = "pending", "accepted", "declined"
    STATUSES = [
        (PENDING, "Chờ duyệt"),
        (ACCEPTED, "Đã nhận"),
        (DECLINED, "Không nhận"),
    ]

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="bài",
        on_delete=models.CASCADE,
        related_name="news_proposals",
    )
    portal = models.ForeignKey(
        Site,
        verbose_name="cổng đề xuất",
        on_delete=models.CASCADE,
        related_name="news_proposals_sent",
    )
    province = models.ForeignKey(
        Site,
        verbose_name="cổng nhận",
        on_delete=models.CASCADE,
        related_name="news_proposals_received",
    )
    status = models.CharField(
        "tình trạng", max_length=10, choices=STATUSES, default=PENDING
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người đề xuất",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    proposed_at = models.DateTimeField("đề xuất lúc", auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người quyết định",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField("quyết định lúc", null=True, blank=True)
    reason = models.TextField("lý do", blank=True)

    class Meta:
        verbose_name = "tin đề xuất lên tỉnh"
        verbose_name_plural = "tin đề xuất lên tỉnh"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "province"], name="one_proposal_per_page_and_province"
            )
        ]
        indexes = [models.Index(fields=["province", "status"])]

    def __str__(self):
        return f"{self.page} → {self.province}"
