from wagtail.admin.forms import WagtailAdminPageForm


class DocumentPageForm(WagtailAdminPageForm):
    """A document is its file: at least one, in the admin as in the law."""

    def clean(self):
        cleaned = super().clean()
        files = self.formsets.get("files")
        if files is not None and files.is_valid():
            kept = [
                form
                for form in files.forms
                if form.cleaned_data.get("document")
                and not form.cleaned_data.get("DELETE")
            ]
            if not kept:
                self.add_error(None, "Văn bản cần ít nhất một tệp (PDF, DOC, DOCX).")
        return cleaned
