"""Reading Chinese text: documents, normalisation, alliance mentions and the
facts stated about them."""
