"""The groups and the workflow exist after `migrate` on an empty database (the
test database is one), with the permissions each role needs and no more."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)
from wagtail.permissions import policy_registry

from cms.workflow import roles
from cms.workflow.permissions import complete_administrator_permissions
from tests.factories import ArticlePageFactory, ImageFactory, UserFactory

from .admin_actions import create_article

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "cms.workflow.migrations.0002_editorial_roles_and_workflow"
)


def member_of(group_name, **kwargs):
    return UserFactory(groups=[Group.objects.get(name=group_name)], **kwargs)


def page_permission_codenames(group_name, page):
    return sorted(
        GroupPagePermission.objects.filter(
            group__name=group_name, page=page
        ).values_list("permission__codename", flat=True)
    )


def test_the_four_groups_exist_with_their_page_permissions(home):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)
    assert page_permission_codenames(roles.REPORTER, home) == ["add_page"]
    assert page_permission_codenames(roles.EDITOR, home) == [
        "add_page",
        "change_page",
    ]
    assert page_permission_codenames(roles.LEADER, home) == [
        "add_page",
        "change_page",
        "lock_page",
        "publish_page",
        "unlock_page",
    ]
    root = Page.get_first_root_node()
    assert len(page_permission_codenames(roles.ADMINISTRATOR, root)) == len(
        Page.permission_codenames
    )


@pytest.mark.parametrize(
    ("group_name", "can"),
    [
        (roles.REPORTER, {"edit_own", "add"}),
        (roles.EDITOR, {"edit_own", "add", "edit_any"}),
        (
            roles.LEADER,
            {"edit_own", "add", "edit_any", "publish", "unpublish", "lock", "unlock"},
        ),
    ],
)
def test_what_each_role_may_do_with_a_published_article(group_name, can):
    user = member_of(group_name)
    own = ArticlePageFactory(owner=user)
    other = ArticlePageFactory()
    own.refresh_from_db()
    other.refresh_from_db()
    own_perms = own.permissions_for_user(user)
    other_perms = other.permissions_for_user(user)
    section_perms = own.get_parent().permissions_for_user(user)

    assert own_perms.can_edit() == ("edit_own" in can)
    assert other_perms.can_edit() == ("edit_any" in can)
    assert section_perms.can_add_subpage() == ("add" in can)
    assert own_perms.can_publish() == ("publish" in can)
    assert own_perms.can_unpublish() == ("unpublish" in can)
    assert other_perms.can_lock() == ("lock" in can)
    assert other_perms.can_unlock() == ("unlock" in can)
    # Nobody below the leader can delete something published, own or not.
    assert own_perms.can_delete() == ("publish" in can)


@pytest.mark.parametrize(
    ("group_name", "actions"),
    [
        (roles.REPORTER, {"add", "choose"}),
        (roles.EDITOR, {"add", "change", "choose"}),
        (roles.LEADER, {"add", "change", "choose", "delete"}),
        (roles.ADMINISTRATOR, {"add", "change", "choose", "delete"}),
    ],
)
def test_image_and_document_permissions(group_name, actions):
    for model_name in ("image", "document"):
        granted = set(
            GroupCollectionPermission.objects.filter(
                group__name=group_name,
                collection=Collection.get_first_root_node(),
                permission__content_type__model=model_name,
            ).values_list("permission__codename", flat=True)
        )
        assert granted == {f"{action}_{model_name}" for action in actions}


def test_a_reporter_uploads_and_chooses_images_but_edits_only_their_own():
    reporter = member_of(roles.REPORTER)
    policy = policy_registry.get_by_type(get_image_model())
    own = ImageFactory(uploaded_by_user=reporter)
    colleagues = ImageFactory(uploaded_by_user=member_of(roles.REPORTER))
    assert policy.user_has_permission(reporter, "add")
    assert policy.user_has_permission(reporter, "choose")
    assert policy.user_has_permission_for_instance(reporter, "change", own)
    assert not policy.user_has_permission_for_instance(reporter, "change", colleagues)
    assert not policy.user_has_permission_for_instance(reporter, "delete", colleagues)

    # Wagtail's "change" on a collection covers editing and deleting any image.
    editor = member_of(roles.EDITOR)
    assert policy.user_has_permission_for_instance(editor, "change", colleagues)


@pytest.mark.parametrize("group_name", roles.ROLES)
def test_every_role_can_open_the_admin(client, group_name):
    client.force_login(member_of(group_name))
    assert client.get("/admin/").status_code == 200


def test_only_administrators_manage_users(client):
    administrator = member_of(roles.ADMINISTRATOR)
    assert administrator.has_perm("auth.add_user")
    assert administrator.has_perm("auth.change_group")
    client.force_login(administrator)
    assert client.get("/admin/users/").status_code == 200
    assert client.get("/admin/groups/").status_code == 200

    for group_name in (roles.REPORTER, roles.EDITOR, roles.LEADER):
        client.force_login(member_of(group_name))
        response = client.get("/admin/users/")
        assert response.status_code == 302
        assert response.url == "/admin/"


def test_administrators_hold_every_permission():
    group = Group.objects.get(name=roles.ADMINISTRATOR)
    assert set(group.permissions.all()) == set(Permission.objects.all())


def test_administrators_receive_permissions_of_apps_migrated_later():
    # As when a new app (or a new model) is migrated after this one.
    content_type = ContentType.objects.get_for_model(
        apps.get_model("articles", "ArticlePage")
    )
    new = Permission.objects.create(
        content_type=content_type, codename="feature_articlepage", name="Đưa lên đầu"
    )
    complete_administrator_permissions(
        sender=apps.get_app_config("articles"),
        app_config=apps.get_app_config("articles"),
        using=connection.alias,
        apps=apps,
    )
    assert (
        Group.objects.get(name=roles.ADMINISTRATOR)
        .permissions.filter(pk=new.pk)
        .exists()
    )


def test_the_audit_log_permission_is_for_leaders_and_listed_in_the_group_editor(
    admin_client,
):
    assert member_of(roles.LEADER).has_perm(roles.VIEW_AUDIT_LOG)
    assert not member_of(roles.EDITOR).has_perm(roles.VIEW_AUDIT_LOG)
    assert not member_of(roles.REPORTER).has_perm(roles.VIEW_AUDIT_LOG)
    group = Group.objects.get(name=roles.EDITOR)
    response = admin_client.get(f"/admin/groups/edit/{group.pk}/")
    assert response.status_code == 200
    assert "Xem nhật ký hoạt động của toàn cổng" in response.content.decode()


def test_the_two_step_workflow_covers_the_whole_portal(home):
    workflow = Workflow.objects.get(name=roles.WORKFLOW)
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == [roles.EDITOR_TASK, roles.LEADER_TASK]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [
        [roles.EDITOR],
        [roles.LEADER],
    ]
    assert all(isinstance(task, GroupApprovalTask) and task.active for task in tasks)
    assert WorkflowPage.objects.get(page=home).workflow == workflow

    article = ArticlePageFactory()
    assert article.get_workflow() == workflow


def test_wagtails_sample_moderation_setup_is_gone():
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not GroupApprovalTask.objects.filter(name="Moderators approval").exists()
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()
    assert list(Workflow.objects.values_list("name", flat=True)) == [roles.WORKFLOW]


# The migration itself -------------------------------------------------------

SCHEMA_EDITOR = SimpleNamespace(connection=connection)


def snapshot():
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "page_permissions": GroupPagePermission.objects.count(),
        # Other apps' migrations grant these groups more (statistics, ...);
        # compare what this one grants.
        "group_permissions": sorted(
            Group.objects.filter(
                permissions__content_type__app_label__in=["wagtailadmin", "workflow"]
            ).values_list("name", "permissions__codename")
        ),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "workflows": sorted(Workflow.objects.values_list("name", "active")),
        "tasks": sorted(GroupApprovalTask.objects.values_list("name", flat=True)),
        "assignments": sorted(
            WorkflowPage.objects.values_list("page_id", "workflow__name")
        ),
    }


def test_running_the_migration_again_changes_nothing():
    before = snapshot()
    migration.create_roles_and_workflow(apps, SCHEMA_EDITOR)
    assert snapshot() == before


def test_the_migration_reverses_and_reapplies():
    before = snapshot()
    migration.remove_roles_and_workflow(apps, SCHEMA_EDITOR)
    assert not Group.objects.filter(name__in=roles.ROLES).exists()
    assert not Workflow.objects.filter(name=roles.WORKFLOW).exists()
    assert not GroupApprovalTask.objects.filter(
        name__in=[roles.EDITOR_TASK, roles.LEADER_TASK]
    ).exists()
    assert not WorkflowPage.objects.exists()

    migration.create_roles_and_workflow(apps, SCHEMA_EDITOR)
    assert snapshot() == before


def test_reversing_keeps_a_workflow_that_has_history(reporter, section):
    create_article(reporter, section, "Bài đã qua quy trình", action="submit")
    migration.remove_roles_and_workflow(apps, SCHEMA_EDITOR)
    workflow = Workflow.objects.get(name=roles.WORKFLOW)
    assert not workflow.active  # kept, so that its history stays readable
    assert not WorkflowPage.objects.filter(workflow=workflow).exists()


def test_the_migration_replaces_a_restored_wagtail_sample_workflow(home):
    # An installation that still has Wagtail's sample set-up from before.
    moderators = Group.objects.create(name="Moderators")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([moderators])
    sample = Workflow.objects.create(name="Moderators approval")
    sample.workflow_tasks.create(task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=sample, page=Page.get_first_root_node())

    migration.create_roles_and_workflow(apps, SCHEMA_EDITOR)

    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Group.objects.filter(name="Moderators").exists()
    assert list(WorkflowPage.objects.values_list("page_id", flat=True)) == [home.pk]


@pytest.mark.parametrize(
    "model", ["articles/articlepage", "photostories/photostorypage"]
)
def test_a_reporter_can_start_articles_and_photo_stories(reporter, section, model):
    response = reporter.get(f"/admin/pages/add/{model}/{section.pk}/")
    assert response.status_code == 200


def test_the_migrations_frozen_roles_agree_with_roles_py():
    # The migration keeps its own literal copy (it must not change with the
    # code); provisioning a portal reads roles.py: both must grant the same.
    assert (migration.REPORTER, migration.EDITOR, migration.LEADER) == (
        roles.REPORTER,
        roles.EDITOR,
        roles.LEADER,
    )
    assert migration.ADMINISTRATOR == roles.ADMINISTRATOR
    assert migration.WORKFLOW == roles.WORKFLOW
    assert migration.TASKS == [
        (roles.EDITOR_TASK, roles.EDITOR),
        (roles.LEADER_TASK, roles.LEADER),
    ]
    assert migration.PAGE_ACTIONS == roles.PAGE_ACTIONS
    assert migration.COLLECTION_ACTIONS == roles.COLLECTION_ACTIONS
