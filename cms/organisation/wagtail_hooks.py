"""The organisation in the admin: a menu group "Cơ cấu tổ chức" with the units
and the officials. Each editor sees, opens and saves only the records of the
portals they work in (models.portals_for): a commune's leader their commune's,
the province every portal's."""

from django import forms
from django.http import Http404
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import Official, OrganisationUnit, portals_for


class PortalScopedForm(WagtailAdminModelForm):
    """Offers only the editor's portals, and units of those portals."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        sites = portals_for(user)
        self.fields["site"].queryset = sites
        if sites.count() == 1 and not self.instance.site_id:
            self.fields["site"].initial = sites.first().pk
        for name in ("parent", "unit"):
            if name in self.fields:
                choices = OrganisationUnit.objects.filter(site__in=sites)
                if self.instance.pk and name == "parent":
                    choices = choices.exclude(pk=self.instance.pk)
                self.fields[name].queryset = choices.select_related("site")
                self.fields[name].label_from_instance = _unit_label


def _unit_label(unit):
    return f"{unit.name} ({unit.site.site_name or unit.site.hostname})"


class ScopedObjectMixin:
    def get_object(self, queryset=None):
        found = super().get_object(queryset)
        if not portals_for(self.request.user).filter(pk=found.site_id).exists():
            raise Http404
        return found


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        scoped = super().get_base_queryset()
        return scoped.for_user(self.request.user).select_related("site")


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class ScopedCopyView(ScopedObjectMixin, generic.CopyView):
    pass


class ScopedUsageView(ScopedObjectMixin, UsageView):
    pass


class ScopedHistoryView(ScopedObjectMixin, HistoryView):
    pass


class ScopedInspectView(ScopedObjectMixin, generic.InspectView):
    pass


# A model viewset, not a snippet: registering these models as snippets made
# the page editor's own saves race (SQLite "table is locked", a draft posted
# twice) in tests/i18n/test_admin_browser.py; they need nothing of snippets.
class PortalScopedViewSet(ModelViewSet):
    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    copy_view_class = ScopedCopyView
    usage_view_class = ScopedUsageView
    history_view_class = ScopedHistoryView
    inspect_view_class = ScopedInspectView
    add_to_admin_menu = False


class OrganisationUnitViewSet(PortalScopedViewSet):
    model = OrganisationUnit
    name = "organisation-units"
    url_prefix = "organisation/units"
    icon = "group"
    menu_label = "Đơn vị"
    list_display = ["name", "parent", "sort_order", "site"]
    search_fields = ["name"]
    ordering = ["site", "sort_order", "name"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("site"),
                    FieldPanel("name"),
                    FieldPanel("parent", widget=forms.Select),
                    FieldPanel("sort_order"),
                    FieldPanel("functions"),
                ],
                heading="Tiếng Việt",
            ),
            MultiFieldPanel(
                [FieldPanel("name_en"), FieldPanel("functions_en")],
                heading="Tiếng Anh (English)",
            ),
        ],
        base_form_class=PortalScopedForm,
    )


class OfficialViewSet(PortalScopedViewSet):
    model = Official
    name = "organisation-officials"
    url_prefix = "organisation/officials"
    icon = "user"
    menu_label = "Cán bộ phụ trách"
    list_display = ["name", "position", "unit", "phone", "email", "site"]
    search_fields = ["name", "position"]
    ordering = ["site", "sort_order", "name"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("site"),
                    FieldPanel("name"),
                    FieldPanel("position"),
                    FieldPanel("unit", widget=forms.Select),
                    FieldPanel("phone"),
                    FieldPanel("email"),
                    FieldPanel("sort_order"),
                ],
                heading="Tiếng Việt",
            ),
            MultiFieldPanel([FieldPanel("position_en")], heading="Tiếng Anh (English)"),
        ],
        base_form_class=PortalScopedForm,
    )


class OrganisationViewSetGroup(ModelViewSetGroup):
    items = (OrganisationUnitViewSet, OfficialViewSet)
    menu_icon = "group"
    menu_label = "Cơ cấu tổ chức"
    menu_name = "organisation"
    menu_order = 250


@hooks.register("register_admin_viewset")
def register_organisation_viewsets():
    return OrganisationViewSetGroup()
