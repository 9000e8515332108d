//! Helpers shared by the model's integration tests.

/// The (supporter, recipient) pairs of the network extracted from `text`, owned.
#[allow(dead_code, reason = "each test file uses a part of the helpers")]
pub(crate) fn pairs(text: &str) -> Vec<(String, String)> {
    duikou_model::extract(text)
        .pairs()
        .into_iter()
        .map(|(s, r)| (s.to_owned(), r.to_owned()))
        .collect()
}

/// Asserts that `pairs` holds the (supporter, recipient) pair `want`.
#[allow(dead_code, reason = "each test file uses a part of the helpers")]
pub(crate) fn assert_has(pairs: &[(String, String)], want: (&str, &str)) {
    assert!(
        pairs.iter().any(|(s, r)| (s.as_str(), r.as_str()) == want),
        "{want:?} not in {pairs:?}"
    );
}

/// A contribution as (value, unit, supporter, recipient).
pub(crate) type Amount = (String, String, Option<String>, Option<String>);

/// Each contribution of `net` as an [`Amount`], in the network's order.
#[allow(dead_code, reason = "each test file uses a part of the helpers")]
pub(crate) fn amounts(net: &duikou_model::SupportNetwork) -> Vec<Amount> {
    net.contributions
        .iter()
        .map(|c| {
            (
                c.value.to_string(),
                c.unit.clone(),
                c.supporter.clone(),
                c.recipient.clone(),
            )
        })
        .collect()
}

/// An [`Amount`] written with borrowed parts, for expected values.
#[allow(dead_code, reason = "each test file uses a part of the helpers")]
pub(crate) fn amount(value: &str, unit: &str, supporter: &str, recipient: &str) -> Amount {
    (
        value.to_owned(),
        unit.to_owned(),
        Some(supporter.to_owned()),
        Some(recipient.to_owned()),
    )
}
