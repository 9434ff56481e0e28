//! Failed sign-ins take the same time whether or not the account exists.
//! In its own test binary, so no other test competes for the CPU while it
//! measures.

mod common;
use common::*;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

#[tokio::test]
async fn a_known_and_an_unknown_email_take_the_same_time_to_refuse() {
    let app = spawn_with(&[
        ("CAREWAY_SIGNIN_ACCOUNT_BURST", "1000"),
        ("CAREWAY_SIGNIN_IP_BURST", "1000"),
    ])
    .await;
    app.world().await;
    let u = app.user();
    let known = form_body(&[
        ("email", "person1@example.org"),
        ("password", "not the password"),
    ]);
    let unknown = form_body(&[
        ("email", "nobody-here@example.org"),
        ("password", "not the password"),
    ]);
    const N: usize = 24;
    let (mut a, mut b) = (vec![], vec![]);
    // Warm up, then alternate the order (ABBA) so drift falls on both.
    for _ in 0..3 {
        u.post("/sign-in", &known).await;
        u.post("/sign-in", &unknown).await;
    }
    for i in 0..N {
        let order: [(&str, bool); 2] = if i % 2 == 0 {
            [(&known, true), (&unknown, false)]
        } else {
            [(&unknown, false), (&known, true)]
        };
        for (body, is_known) in order {
            let t = std::time::Instant::now();
            let res = u.post("/sign-in", body).await;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            assert_eq!(res.status(), 303);
            if is_known {
                a.push(ms)
            } else {
                b.push(ms)
            }
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let var = |v: &[f64]| {
        let m = mean(v);
        v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (v.len() - 1) as f64
    };
    let t = (mean(&a) - mean(&b)) / ((var(&a) + var(&b)) / N as f64).sqrt();
    let (ma, mb) = (median(&mut a.clone()), median(&mut b.clone()));
    // Significant means both statistically (Welch's t) and in size (the
    // medians more than 15% apart); either alone is noise on a shared box.
    let significant = t.abs() > 3.0 && (ma - mb).abs() > 0.15 * ma.max(mb);
    assert!(
        !significant,
        "known {ma:.1} ms vs unknown {mb:.1} ms (medians), t = {t:.2}"
    );
    assert!(
        ma > 5.0,
        "argon2 must actually run for a known account ({ma:.1} ms)"
    );
}
