"""The organisation of a portal's agency and its responsible officials, which
Decree 42/2022/NĐ-CP (Art. 4) requires every portal to publish, with (Art. 7)
an English version.

The English version is kept beside the Vietnamese, field by field (``name_en``
beside ``name``), on the same record: one administrator per portal keeps a
handful of records, with no translation workflow; see docs/architecture.md's
"English version" for why not Wagtail's locales. An empty English field falls
back to the Vietnamese in the API, which says so."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

# No links: a unit's duties are text, and a page link would need the reader
# site's paths rewritten.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul"]


def portals_for(user):
    """The sites whose organisation ``user`` may edit: every site for the
    province (who work in every portal), their own portal's for a commune's
    leader, none for someone without page rights."""
    if user.is_superuser:
        return Site.objects.all()
    root = policy_registry.get_by_type(Page).explorable_root_instance(user)
    if root is None:
        return Site.objects.none()
    return Site.objects.filter(root_page__path__startswith=root.path)


class PortalScopedQuerySet(models.QuerySet):
    def in_site(self, site):
        return self.filter(site=site)

    def for_user(self, user):
        return self.filter(site__in=portals_for(user))


class OrganisationUnit(models.Model):
    """A unit of the agency (the People's Committee itself, its office, a
    department), with its functions and duties; ``parent`` places it in the
    organisation chart."""

    site = models.ForeignKey(
        Site,
        verbose_name="cổng thông tin",
        on_delete=models.CASCADE,
        related_name="organisation_units",
    )
    name = models.CharField(
        "tên đơn vị",
        max_length=255,
        help_text="Ví dụ: Văn phòng HĐND và UBND xã.",
    )
    functions = RichTextField(
        "chức năng, nhiệm vụ",
        blank=True,
        features=RICH_TEXT_FEATURES,
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="đơn vị cấp trên",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="Để trống cho đơn vị đứng đầu sơ đồ tổ chức.",
    )
    sort_order = models.PositiveIntegerField(
        "thứ tự",
        default=0,
        help_text="Số nhỏ hiện trước, trong cùng một cấp.",
    )
    name_en = models.CharField(
        "tên đơn vị (tiếng Anh)",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Office of the People's Council and People's Committee. "
        "Để trống thì trang tiếng Anh hiện tên tiếng Việt.",
    )
    functions_en = RichTextField(
        "chức năng, nhiệm vụ (tiếng Anh)",
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text="Để trống thì trang tiếng Anh hiện bản tiếng Việt.",
    )

    objects = PortalScopedQuerySet.as_manager()

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "cơ cấu tổ chức"
        ordering = ["site", "sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.parent_id is None:
            return
        if self.site_id and self.parent.site_id != self.site_id:
            raise ValidationError(
                {"parent": "Đơn vị cấp trên phải thuộc cùng cổng thông tin."}
            )
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError(
                    {"parent": "Một đơn vị không thể nằm dưới chính nó."}
                )
            ancestor = ancestor.parent


class Official(models.Model):
    """A responsible official and how to reach them."""

    site = models.ForeignKey(
        Site,
        verbose_name="cổng thông tin",
        on_delete=models.CASCADE,
        related_name="officials",
    )
    name = models.CharField("họ và tên", max_length=255)
    position = models.CharField(
        "chức vụ", max_length=255, help_text="Ví dụ: Chủ tịch UBND xã."
    )
    unit = models.ForeignKey(
        OrganisationUnit,
        verbose_name="đơn vị",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="officials",
    )
    phone = models.CharField("điện thoại", max_length=50, blank=True)
    email = models.EmailField("thư điện tử", blank=True)
    sort_order = models.PositiveIntegerField(
        "thứ tự", default=0, help_text="Số nhỏ hiện trước."
    )
    position_en = models.CharField(
        "chức vụ (tiếng Anh)",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Chairman of the Commune People's Committee. Để trống "
        "thì trang tiếng Anh hiện chức vụ tiếng Việt.",
    )

    objects = PortalScopedQuerySet.as_manager()

    class Meta:
        verbose_name = "cán bộ phụ trách"
        verbose_name_plural = "cán bộ phụ trách"
        ordering = ["site", "sort_order", "name"]

    def __str__(self):
        return f"{self.name} – {self.position}"

    def clean(self):
        if self.unit_id and self.site_id and self.unit.site_id != self.site_id:
            raise ValidationError({"unit": "Đơn vị phải thuộc cùng cổng thông tin."})
