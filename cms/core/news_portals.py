"""Keeps each news page's ``portal`` column (``NewsPage.portal``) right when
the tree or the sites change under pages that are not saved: a page moved
with its descendants, a portal made over an existing tree, a site given
another root page or deleted. A page's own save sets it (``NewsPage.save``).
A site's change also changes the portal scopes of the pages' search words
(search_index.py), indexed again here; a move is indexed again there.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Site
from wagtail.signals import post_page_move

from .models import assign_portals
from .search_index import index_below


def _on_page_moved(sender, instance, **kwargs):
    # The moved page's subtree, at its new path: one UPDATE per news table.
    assign_portals(instance.path)


def _remember_root(sender, instance, raw=False, **kwargs):
    instance._root_path_before = None
    if raw or instance.pk is None:
        return
    instance._root_path_before = (
        Site.objects.filter(pk=instance.pk)
        .values_list("root_page__path", flat=True)
        .first()
    )


def _on_site_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_root_path_before", None)
    after = instance.root_page.path
    if created or before != after:
        assign_portals(after)
        index_below(after)
        if before and before != after:
            # The pages the site leaves go to whichever portal holds them now.
            assign_portals(before)
            index_below(before)


def _on_site_deleted(sender, instance, **kwargs):
    # The foreign key already emptied the site's pages; a portal around it
    # (should roots nest) takes them.
    root = getattr(instance, "root_page", None)
    if root is not None:
        assign_portals(root.path)
        index_below(root.path)


def connect_signal_handlers() -> None:
    uid = "news-portal"
    post_page_move.connect(_on_page_moved, dispatch_uid=f"{uid}-moved")
    pre_save.connect(_remember_root, sender=Site, dispatch_uid=f"{uid}-site-before")
    post_save.connect(_on_site_saved, sender=Site, dispatch_uid=f"{uid}-site-saved")
    post_delete.connect(
        _on_site_deleted, sender=Site, dispatch_uid=f"{uid}-site-deleted"
    )
