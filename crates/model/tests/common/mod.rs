//! Helpers shared by the model's integration tests.

/// The (supporter, recipient) pairs of the network extracted from `text`, owned.
pub(crate) fn pairs(text: &str) -> Vec<(String, String)> {
    duikou_model::extract(text)
        .pairs()
        .into_iter()
        .map(|(s, r)| (s.to_owned(), r.to_owned()))
        .collect()
}
