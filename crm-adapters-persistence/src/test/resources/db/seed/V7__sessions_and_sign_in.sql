-- A browser session and a sign-in on its way back from Google.
insert into sessions (id, colleague_id, token_hash, created_at, expires_at, last_seen_at, user_agent, client_ip)
values ('0197a1b2-7000-7000-8000-000000000001', '0197a1b2-1000-7000-8000-000000000001',
        '80b3ad2d438bfafa1ea690c5a59f54548dcc76ad6a839c6704ac1d9d565d9c80', '2025-06-25 08:00:00+00',
        '2025-06-26 08:00:00+00', '2025-06-25 17:45:00+00',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Firefox/127.0', '198.51.100.23'),
       ('0197a1b2-7000-7000-8000-000000000002', '0197a1b2-1000-7000-8000-000000000001',
        '8690c3af015e6294ff67fcfd334f181a4704b579e9b2bce79ec9716ac62da2d6', '2025-06-25 09:00:00+00',
        '2025-06-26 09:00:00+00', '2025-06-25 09:00:00+00', null, null);

insert into sign_in_attempts (state_hash, nonce, code_verifier, return_to, expires_at)
values ('68e170118d612b10832d991801c33ff921f470e2e057581d11652723e37f3b7f', 'n-3q8Zr1vW', 'v-Jk2m9XbTq4LwP7sYc1',
        '/humans?status=active', '2025-06-25 09:10:00+00');
