"""The sections of the İSM's application form (app.ui.ism.intake_form.ApplicationFormDialog assembles them): the
facility, the areas, the USBS vendor picker, the professionals and the documents, one module each."""
