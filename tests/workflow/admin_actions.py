"""What people do in the admin, as HTTP requests: the buttons they press and the
forms those buttons post."""

from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.core.text import ascii_slugify


def article_data(title, *, action=None, **fields):
    """What the article editor posts: every field, the body as one paragraph,
    no related articles, no comments; ``action`` is the button pressed
    ("publish", "submit"; None saves a draft)."""
    data = {
        "title": title,
        # The admin's script fills the slug in from the title as one types.
        "slug": ascii_slugify(title),
        "lead": "Sáng nay, huyện Hòa Sơn tổ chức hội nghị tổng kết công tác năm.",
        "hero_image": "",
        "body": streamfield(
            [("paragraph", rich_text("<p>Hội nghị đánh giá kết quả nổi bật.</p>"))]
        ),
        "author_name": "Lan Nguyễn",
        "source_unit": "Trung tâm VH&TT huyện Hòa Sơn",
        "tags": "",
        "seo_title": "",
        "search_description": "",
        "display_date": "",
        "go_live_at": "",
        "expire_at": "",
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    if action:
        data[f"action-{action}"] = "1"
    return nested_form_data(data)


def create_article(person, section, title, *, action=None, **fields):
    """Press "new article" under ``section`` and save it with ``action``; return
    the page (specific) and the response."""
    response = person.post(
        f"/admin/pages/add/articles/articlepage/{section.pk}/",
        article_data(title, action=action, **fields),
    )
    assert response.status_code == 302, _form_errors(response)
    assert "/login/" not in response.url
    page = Page.objects.get(draft_title=title).specific
    return page, response


def edit_article(person, page, title, *, action=None, **fields):
    """Change an article's title (and ``fields``) and press ``action``. The slug
    stays, as it does in the admin once a page has been published."""
    fields.setdefault("slug", page.slug)
    return person.post(
        f"/admin/pages/{page.pk}/edit/",
        article_data(title, action=action, **fields),
    )


def current_task_state(page):
    return TaskState.objects.filter(
        workflow_state__object_id=str(page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    ).get()


def workflow_action(person, page, action, comment=None):
    """Press a workflow button on the page's current step ("approve", "reject";
    with a comment for "approve with comment" / "request changes")."""
    task_state = current_task_state(page)
    data = {} if comment is None else {"comment": comment}
    return person.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", data
    )


def _form_errors(response):
    context = getattr(response, "context", None)
    if not context or "form" not in context:
        return response.status_code
    form = context["form"]
    return {
        "errors": form.errors,
        "formsets": {name: fs.errors for name, fs in form.formsets.items()},
    }
