# Handover：日本語カタログ（英語版 en.ftl の翻訳）
#
# メッセージ ID は en.ftl とまったく同じです（テストで確認されます）。
# 変数：$count は言語に合わせて整形済みの数、$n は複数形の選択用の同じ数です。
# { $title } などのプレースホルダーはそのまま残し、「署名する」などボタン名の
# 引用は、そのボタン自身のメッセージと同じにしてください。
# 日本語の複数形カテゴリは other のみです。

## すべてのページ

site-name = Handover
skip-to-content = 本文へ移動
footer-privacy = プライバシー
footer-your-data = ご自身のデータ
language-menu = 言語
title-separator = ·

## ホーム

home-heading = 請願
home-empty = 請願はまだありません。主催者は { $command } で請願を追加できます。
home-to = { $recipient }宛て

## 請願ページ

petition-to = { $recipient }宛ての請願
petition-signatures = 署名
# 太字の数の後に表示されます：「12,345 件の確認済み署名」。
petition-count-label =
    { $n ->
       *[other] 件の確認済み署名
    }
petition-goal = （目標 { $count }件）
petition-organized-by = 主催：{ $organizer }
petition-not-open = この請願はまだ署名を受け付けていません。受付が始まってから、改めてお越しください。
petition-closed = この請願は締め切られ、署名の受付を終了しました。ご署名くださった皆さま、ありがとうございました。
points-heading = 提出先ごとの確認済み署名
# 集計一覧の提出先：「X国大使館（ソウル）：1,234件」。
point-count = { $name }（{ $city }）：{ $count }件

## 署名フォーム

sign-heading = 請願に署名する
errors-heading =
    { $n ->
       *[other] 次の{ $count }件の入力内容をご確認ください
    }
error-prefix = エラー：
field-name = お名前
field-email = メールアドレス
field-email-hint = 確認用のリンクをお送りします。メールアドレスが誰かに表示されたり、提出先に渡されたりすることは一切ありません。
field-country = お住まいの国
choose = 選択してください…
countries-with-points = 提出先のある国
countries-all = すべての国
field-city = お住まいの都市
field-point = 署名の提出先
field-point-hint = 各大使館・領事館には、地域のグループが署名を直接届けます。
field-packet = 提出するリストでのお名前の表示方法
field-packet-hint = このリストは{ $recipient }の担当者に渡されます。名前を明かすことでご自身やご家族に危険が及ぶおそれがある場合は、イニシャルまたは「匿名」を選んでください。どの方法を選んでも、署名は同じ1件として数えられます。
packet-full = フルネーム（市区町村、国、署名日、コメントも記載）
packet-initials = イニシャル（市区町村、国、署名日、コメントも記載）
packet-anonymous = 「匿名」（国と署名日のみ。市区町村とコメントは記載しません）
field-comment = リストに載せるコメント
field-comment-hint = 任意。500文字以内。
honeypot = この欄は空のままにしてください
field-consent = 署名が集計され、上で選んだ方法で提出されるために保存されることに同意します。私のメールアドレスが表示されたり、提出先に渡されたりすることは一切ありません。
consent-privacy-link = 個人データの保護について
sign-button = 署名する

## 署名フォームの入力内容に関するメッセージ

error-name-missing = お名前を入力してください。
error-name-too-long = お名前は200文字以内で入力してください。
error-city-missing = お住まいの都市を入力してください。
error-city-too-long = 都市名は100文字以内で入力してください。
error-comment-too-long = コメントは500文字以内で入力してください。
error-control-chars = 目に見えない制御文字を削除してください。
error-email-missing = メールアドレスを入力してください。
error-email-too-long = メールアドレスは254文字以内で入力してください。
error-email-malformed = メールアドレスの形式ではないようです（例：name@example.org）。
error-country = リストからお住まいの国を選んでください。
error-packet = お名前の表示方法を選んでください。
error-point = 署名の提出先を選んでください。
error-slug-length = 1〜64文字にしてください。
error-slug-chars = 半角英小文字（a〜z）、数字、ハイフンのみを使ってください。ハイフンは連続させず、先頭や末尾には使えません。
error-role = 役割は admin、coordinator、local のいずれかにしてください。
error-password-short = パスワードは{ $min_fmt }文字以上にしてください。短い文章にするのがおすすめです。
error-password-long = パスワードは{ $max_fmt }文字以内にしてください。
error-consent = 同意のチェックボックスにチェックを入れてください。同意がないと署名を保存できません。
error-form-expired = このフォームの有効期限が切れました。入力内容は保持されています。もう一度「署名する」を押してください。
error-disposable-domain = このメールサービスは使い捨てアドレスを発行しているため、そのアドレスでは署名できません。普段お使いのアドレスをご利用ください。
error-blocked-network = ご利用のネットワークから不正な利用があったため、このネットワークからの署名はブロックされています。別の接続からお試しください。入力内容は保持されています。
error-rate-limited =
    { $n ->
       *[other] 現在、ご利用のネットワークから多くの方が署名しています。入力内容は保持されています。{ $count }分後にもう一度「署名する」を押してください。
    }

## 署名の後

thanks-title = メールをご確認ください
thanks-lead = メールをお送りしました。メール内のリンクを開き、「署名を確定する」を押してください。そうして初めて署名が数えられます。
thanks-more = メールが届くまで数分かかることがあります。見当たらない場合は、迷惑メールフォルダをご確認ください。以前にこのアドレスで署名したことがある場合は、その旨をメールでお知らせします。同じ方が二重に数えられることはありません。
back-to = 「{ $title }」に戻る

## 署名の確定

verify-title = 署名の確定
verify-button = 署名を確定する
verify-only-button = このボタンを押さない限り、署名は確定しません。署名した覚えがない場合は、このページを閉じてください。何も数えられません。
verify-form-expired = ページの有効期限が切れたため、まだ何も確定していません。もう一度ボタンを押してください。
verified-title = ありがとうございます。署名が数えられました
verified-message = 署名が確定し、数えられるようになりました。お選びいただいた提出先で、ほかの署名とともに手渡されます。
already-title = 確定済みです
already-message = この署名はすでに確定しています。署名は1回だけ数えられます。これ以上の手続きは必要ありません。
count-so-far =
    { $n ->
       *[other] これまでに確認された署名は{ $count }件です。
    }
verify-not-open = この請願は現在署名を受け付けていないため、署名を確定できませんでした。
verify-withdrawn-title = この署名は撤回されています
verify-withdrawn-message = この署名はご自身で撤回されたため、数えられません。もう一度署名するには、請願ページのフォームをご利用ください。
sign-again = もう一度署名する
verify-invalidated-title = この署名は数えられません
verify-invalidated-message = この請願の主催者が、この署名を集計から除外しました。通常は、同じような署名が多数あり、偽物と判断された場合に行われます。この署名は数えられず、提出もされません。誤りだと思われる場合は、主催者にお問い合わせください。
link-expired-title = このリンクは有効期限が切れています
link-expired-message = この確認リンクはもう有効ではありません。同じメールアドレスでもう一度署名していただければ、新しいリンクをお送りします。二重に数えられることはありません。
get-new-link = 新しいリンクを受け取る
link-unknown-title = このリンクは無効です
link-unknown-message = この確認リンクは見つかりませんでした。メールからリンク全体をコピーしたかご確認いただくか、請願ページでもう一度署名して、新しいリンクを受け取ってください。
find-petition = 請願を探す

## 署名の撤回

withdraw-title = 署名の撤回
withdraw-explain = 署名はただちに数えられなくなり、今後提出されるリストにも一切含まれません。
withdraw-button = 署名を撤回する
withdrawn-title = 署名を撤回しました
withdrawn-message = 署名はもう数えられず、提出もされません。お考えが変わった場合は、もう一度署名できます。
withdraw-form-expired = ページの有効期限が切れたため、何も変更されていません。もう一度リンクを開いてください。
already-withdrawn-title = 撤回済みです
already-withdrawn-message = この署名はすでに撤回されています。数えられることはありません。
withdraw-link-unknown = この撤回リンクは見つからないか、有効期限が切れています。メールからリンク全体をコピーしたかご確認ください。

## プライバシー

privacy-title = プライバシー
privacy-lead = 署名する方やそのご家族の中には、署名したことが知られると危険にさらされるおそれのある方がいます。そのため、私たちが保存する情報はできる限り少なくし、表示する情報はさらに少なくしています。
privacy-store-heading = 保存する情報
privacy-store-fields = お名前、メールアドレス、国、都市、選んだ提出先、お名前の表示方法、コメント。入力された内容は、データベースとは別に保管された鍵で暗号化して保存されます。データベースの複製が盗まれても、内容は読めません。
privacy-store-times = 署名した日時と、確定した日時。
privacy-store-links = メールでお送りするリンクについては、元に戻せない形に変換した値（フィンガープリント）だけを保存します。リンクそのものは保存しません。
privacy-store-ip = IPアドレスについては、秘密の鍵を使って元に戻せない形に変換した値（フィンガープリント）だけを保存します。同じアドレスからの大量送信を見つけて削除するためです。IPアドレスそのものは保存しません。
privacy-who-heading = 情報を見られる人
privacy-who-public = 一般に公開されるのは署名数だけで、名前は一切公開されません。3件未満の数は「<3」と表示されるため、ある国や提出先でのただ1件の署名を見分けることはできません。
privacy-who-packet = 提出先で手渡すリストには、お選びいただいた形式のお名前（フルネーム、イニシャル、または「匿名」）、国と日付、そして「匿名」を選んだ場合を除き、都市とコメントが記載されます。メールアドレスが記載されることは決してありません。
privacy-who-organizers = 請願の主催者は、担当する提出先の署名を見ることができます。
privacy-who-nobody = ある方が署名したかどうかを、このサイトから知ることは誰にもできません。その方のメールアドレスを知っている人でも同じです。どの送信に対しても同じ応答を表示し、結果はご本人のメールボックスにだけ届くためです。
privacy-change-heading = お考えが変わったとき
privacy-change-withdraw = 確定をお願いするメールには、署名を撤回するためのリンクも含まれています。確定の前でも後でも使えます。撤回された署名はただちに数えられなくなり、それ以降に提出されるすべてのリストから除かれ、お名前、メールアドレス、都市、コメントはただちに消去されます。
privacy-change-data = また、ご自身のメールアドレスについて保存されているすべての情報を確認し、削除することもできます。リンクはそのメールアドレスに送られるため、確認できるのはそのアドレスの持ち主だけです。
privacy-change-data-link = データの確認・削除
privacy-long-heading = 保存期間
privacy-long = 確定されなかった署名は、確認リンクの有効期限が切れた時点で削除されます（主催者が別に設定しない限り7日後）。メールアドレスは署名の確定とご連絡への返信だけに使い、誰かに表示したり提出先に渡したりすることは決してありません。請願が締め切られてから保存期間（主催者が別に設定しない限り90日）が過ぎると、その請願の署名者のメールアドレスとIPフィンガープリントは消去されます。提出したとおりのリストと署名数は残ります。

## 署名者のデータ

my-data-title = ご自身のデータ
my-data-request-heading = データの確認・削除
my-data-request-explain = 署名に使ったメールアドレスを入力してください。そのアドレスでこのサイトの請願に署名している場合、保存されているすべての情報を表示し、削除もできるリンクをそのアドレスにお送りします。すべての方の安全のため、このページは常に同じ応答を表示します。そのアドレスで署名したかどうかがわかるのは、そのメールボックスだけです。
my-data-email = メールアドレス
my-data-send = リンクを送信する
my-data-privacy-link = 保存する情報、見られる人、保存期間
my-data-form-expired = このフォームの有効期限が切れました。もう一度「リンクを送信する」を押してください。
my-data-rate-limited = 現在、ご利用のネットワークからのリクエストが多すぎます。数分後にもう一度お試しください。
my-data-sent-title = メールをご確認ください
my-data-sent-message = このアドレスでこのサイトの請願に署名している場合、保存されている情報を確認・削除するためのリンクをそのアドレスにお送りしました。リンクの有効期間は限られています。メールが届かない場合は、迷惑メールフォルダや、入力したアドレスをご確認ください。
my-data-intro = メールアドレス { $email } について保存されているすべての情報です。IPアドレスそのものは保存されず、秘密の鍵を使って変換した値（フィンガープリント）だけを、偽の署名の大量送信を防ぐために使っています。
my-data-state = 状態
my-data-name = お名前
my-data-packet = 提出リストでの表示
my-data-country = 国
my-data-city = 都市
my-data-point = 提出先
my-data-comment = コメント
my-data-signed = 署名日時
my-data-confirmed = 確定日時
my-data-ip = IPフィンガープリント
my-data-receipt = 受領証
my-data-receipt-link = 受領証をダウンロード（書類の固定後）
my-data-receipt-warning = 保管された受領証は、あなたが署名したことを示します。
my-data-none = なし
my-data-stored = 保存済み
my-data-not-confirmed = 未確定
my-data-delete-heading = すべて削除する
my-data-delete-explain = 削除すると、上記の情報はすべて完全に消去されます。署名はただちに数えられなくなり、今後提出されるすべてのリストから除かれます。すでに提出されたリストを取り戻すことはできません。
my-data-delete-button = データをすべて削除する
my-data-deleted-title = データを削除しました
my-data-deleted-message = このサイトに保存されていた、ご自身のメールアドレスに関するすべての情報を削除しました。署名はもう数えられず、提出もされません。いつでも改めて署名できます。
my-data-link-unknown-title = このリンクは無効です
my-data-link-unknown-message = このリンクは見つからないか、有効期限が切れているか、表示していたデータが削除されています。「ご自身のデータ」ページで新しいリンクを請求できます。
my-data-new-link = 新しいリンクを請求する
my-data-delete-form-expired = ページの有効期限が切れたため、何も削除されていません。もう一度リンクを開いてください。
state-pending = メールでの確定待ち
state-verified = 確定済み：数えられています
state-withdrawn = ご自身で撤回：数えられません
state-invalidated = 主催者が除外：数えられません
packet-as-full = フルネーム
packet-as-initials = イニシャル
packet-as-anonymous = 「匿名」

## エラー

error-page-home = トップページへ
error-not-found-title = ページが見つかりません
error-not-found = このアドレスにはページがありません。リンクをご確認いただくか、トップページからお進みください。
error-bad-request-title = リクエストを処理できませんでした
error-forbidden-title = 許可されていません
error-conflict-title = 現在は実行できません
error-internal-title = 問題が発生しました
error-internal = こちら側で問題が発生しました。お手元の操作が原因ではありません。1分ほどしてから、もう一度お試しください。
error-unavailable-title = サイトは一時的に利用できません
error-unavailable = Handover は現在データベースに接続できません。送信された内容は保存されていません。前のページに戻り、1 分ほどしてからもう一度送信してください。
error-form-too-large-title = フォームが大きすぎます
error-form-too-large = 送信されたフォームは、実際の署名よりもはるかに大きなものでした。前のページに戻って、内容を短くしてください。
error-form-timeout-title = フォームの受信に時間がかかりすぎました
error-form-timeout = 接続が遅く、フォームを受け取れなかったため、何も保存されていません。前のページに戻り、もう一度送信してください。
error-form-unreadable-title = フォームを読み取れません
error-form-unreadable = 送信されたフォームを読み取れませんでした。前のページに戻って、もう一度送信してください。

## 主催者ページ

org-form-expired = このフォームの有効期限が切れました。前のページに戻り、ページを再読み込みしてから、もう一度お試しください。
org-only-admins-create = 請願を作成できるのは管理者だけです。
org-only-admins-audit = 監査ログを閲覧できるのは管理者だけです。
org-only-admins-people = 主催者を管理できるのは管理者だけです。
org-point-has-signatures = この提出先には署名があるため、削除できません。
org-invite-link-unknown = このリンクは有効期限が切れているか、すでに使用されています。管理者に新しい招待を依頼してください。
org-log-in = ログイン
org-erased-cannot-reopen = この請願の署名者のアドレスは保存期間の終了時に消去されたため、再開できません。代わりに新しい請願を作成してください。
org-bar-label = 主催者
org-dashboard = ダッシュボード
org-log-out = ログアウト
org-role-admin = 管理者
org-role-coordinator = コーディネーター
org-role-local = 地域の主催者
org-your-petitions = 担当の請願
org-no-petition = 担当の請願はまだありません。
org-mail-paused = メール送信を一時停止しています：メールサーバーが { $since } 以降すべてのメッセージを拒否しています（応答 { $code }）。Handover は数分ごとに再試行します。メールは失われず、署名者への送信も打ち切られません。メール事業者で送信元アドレスと SPF の設定を確認してください。
org-new-petition = 新しい請願
org-organizers = 主催者
org-audit-log = 監査ログ
org-when-utc = 日時（UTC）
org-who = 実行者
org-what = 操作
org-detail = 詳細
org-login-title = 主催者ログイン
org-password = パスワード
org-login-expired = このフォームの有効期限が切れました。もう一度ログインしてください。
org-login-refused = このメールアドレスとパスワードに一致するアカウントはありません。
org-login-throttled =
    { $n ->
       *[other] ログインの失敗が多すぎます。{ $n_fmt }分後にもう一度お試しください。
    }
org-setup-title = 最初の管理者を作成
org-set-password-title = パスワードの設定
org-account = アカウント：{ $name }（{ $email }）
org-new-password = 新しいパスワード
org-password-hint = 12文字以上。短い文章にするのがおすすめです。
org-password-again = 同じパスワードをもう一度入力
org-save-and-log-in = 保存してログイン
org-passwords-differ = 2つのパスワードが一致しません。
org-role = 役割
org-change-role = 役割と担当範囲を変更
org-invited = 招待中
org-petition-slug = 請願（スラッグ）
org-points-slugs = 提出先（スラッグ。地域の主催者用）
org-change = 変更
org-invite-heading = 主催者を招待
org-invite-petition = 請願（スラッグ。コーディネーターと地域の主催者用）
org-invite-points = 提出先（スラッグをカンマで区切って入力。地域の主催者用）
org-send-invitation = 招待を送信
org-invite-sent = { $email } に招待を送信しました。この1回限り有効なリンクを直接渡すこともできます：{ $link }
org-refused-no-petition = 「{ $slug }」という請願はありません。
org-refused-needs-petition = { $role }には請願の指定が必要です。
org-refused-needs-point = 地域の主催者には、少なくとも1つの提出先の指定が必要です。
org-refused-no-point = 請願「{ $petition }」には提出先「{ $slug }」がありません。
org-refused-name = 名前は1〜200文字で入力してください。
org-refused-exists = このメールアドレスの主催者はすでに登録されています。
org-refused-no-organizer = その主催者は存在しません。
org-refused-last-admin = 最後の管理者の役割は変更できません。先に別の人を管理者にしてください。
org-verified = 確認済み
org-pending = 確定待ち
org-withdrawn = 署名者が撤回
org-invalidated = 無効化済み
org-edit-link = 請願と提出先を編集
org-by-point = 提出先別
org-point = 提出先
org-col-verified = 確認済み
org-col-pending = 確定待ち
org-col-withdrawn = 撤回
org-col-invalidated = 無効化
org-packet = 提出用リスト
org-download-zip = ZIPをダウンロード
org-by-country = 署名者の国別
org-none-verified = 確認済みの署名はまだありません。
org-per-day = 日別の確認済み署名
org-sources = 署名者の流入元
org-sources-none-yet = まだ署名はありません。
org-col-source = 流入元 (?src=)
org-col-signed = 署名
org-col-confirmed = 確認済み
org-source-none = （流入元なし）
org-activity-title = 直近1時間：不審な動き
org-activity-summary = 直近60分間（UTC）に送信された署名は{ $total_fmt }件で、最も多かった1分間は{ $peak_fmt }件でした。「未確定」の署名は、まだメールで確定されていないものです。同じ送信元から未確定の署名が多数ある場合、架空のアドレスであることがよくあります。
org-activity-privacy = ドメインとネットワークは、署名が{ $min }件以上ある場合にのみ表示されます。個々の署名者の職場や自宅のネットワークが特定されないようにするためです。ネットワーク（IPv4は/24、IPv6は/48単位）はコードで表示されます。アドレスそのものは保存されません。
org-activity-domains = 署名の多いメールドメイン
org-activity-networks = 署名の多いネットワーク
org-activity-none = 署名が{ $min }件以上のものはありません。
org-activity-per-minute = 1分ごとの署名数
org-domain = ドメイン
org-network = ネットワーク
org-unconfirmed = 未確定
org-review = 無効化を検討
org-minute-utc = 時刻（UTC、1分単位）
org-share-of-peak = 最多の1分間に対する割合
org-inv-title = 署名の無効化
org-inv-explain = 無効にした署名は、集計と提出用リストから除かれます。すべての無効化は理由とともに記録され、取り消すことができます。
org-inv-matches =
    { $n ->
       *[other] { $count }件の署名が該当します。理由を入力し、「無効にする」を押して除外してください。
    }
org-inv-domain = メールドメイン
org-inv-email = 特定のメールアドレス
org-inv-ip = IPアドレスまたはネットワーク
org-inv-ip-hint = 1つのアドレス（203.0.113.7）、またはネットワーク（203.0.113.0/24、IPv6の場合は 2001:db8:1::/48）。
org-inv-network = アクティビティページに表示されたネットワーク #{ $code }。
org-inv-clear = 解除
org-inv-from = 署名日時の開始（UTC）
org-inv-to = 署名日時の終了（この日時より前、UTC）
org-inv-any = 指定なし
org-inv-reason = 理由（無効化に必須）
org-inv-count = 該当数を数える
org-inv-apply = 無効にする
org-inv-past = 過去の無効化
org-inv-which = 対象
org-inv-reason-col = 理由
org-inv-undo = 取り消す
org-inv-undone = { $time }に取り消し
org-inv-error-ip = IPアドレスは 203.0.113.7 のように、ネットワークは 203.0.113.0/24（IPv4）や 2001:db8:1::/48（IPv6）のように入力してください。
org-inv-error-link = ネットワークのリンクが壊れています。アクティビティページからもう一度開いてください。
org-inv-error-domain = メールドメインは example.org のように入力してください。
org-inv-error-point = リストから提出先を選んでください。
org-inv-error-no-criterion = 条件を少なくとも1つ指定してください。請願全体を無効にすることはできません。
org-inv-error-reason = 理由を入力してください（500文字以内）。記録に残ります。
org-inv-error-preview-limit = 直近1時間のプレビューが上限の{ $count }回に達しました。各プレビューは監査ログに記録されています。しばらくしてからもう一度お試しください。
org-edit-title = 「{ $title }」を編集
org-state = この請願は{ $state }です。公開ページ：
org-state-open = 署名受付中
org-state-closed = 締め切り済み
org-state-not-open = 受付開始前
org-state-new = 新規
org-counts-and-packets = 集計と提出用リスト
org-open-now = 今すぐ開始
org-close-now = 今すぐ締め切る
org-web-address = ウェブアドレス
org-web-address-hint = 半角英小文字、数字、ハイフン：/p/アドレス
org-field-title = タイトル
org-field-recipient = 宛先
org-field-body = 本文
org-field-body-hint = 段落の間は空行で区切ってください。
org-field-organizer = 主催団体（任意）
org-field-goal = 目標（署名数）
org-field-opens = 開始日時（UTC、任意）
org-field-closes = 締切日時（UTC、任意）
org-field-retention = 署名者のメールアドレスの保存期間（締め切り後の日数）
org-field-retention-hint = 期間が過ぎると、アドレスとIPフィンガープリントは消去されます。名前、署名数、提出用リストは残ります。
org-field-lang = 上記のタイトル、宛先、本文の言語
org-translations = 翻訳
org-translations-hint = これらの言語を使う署名者にはその言語のテキストが表示され、それ以外の署名者には上記のテキストが表示されます。各言語について、3つの欄をすべて入力するか、すべて空欄にしてください。
org-save = 保存
org-create-petition = 請願を作成
org-points-heading = 提出先
org-country-code = 国コード
org-address = 住所
org-delivery-at = 提出日時（UTC、任意）
org-save-point = 提出先を保存
org-remove-point = 削除（誰も選んでいない場合のみ）
org-add-point = 提出先を追加
org-short-name = 短縮名
org-short-name-hint = 提出用リストのファイル名に使います。例：osaka-consulate
org-error-empty = この欄を入力してください。
org-error-too-long = { $max_fmt }文字以内で入力してください。
org-error-lang = リストから言語を選んでください。
org-error-tr-own-lang = これは請願そのものの言語です。その文章は上の主な欄に入力してください。そちらへ移すか、請願に別の言語を選んでください。
org-error-goal = 目標は1から1000000000までの整数にしてください。
org-error-retention = アドレスの保存期間は、締め切り後1〜3650日にしてください。
org-error-closes-before-opens = 締切日時は開始日時より後にしてください。
org-error-time = 2026-12-05T14:00（UTC）のように日時を入力してください。
org-error-slug-taken = このアドレスはすでに別の請願で使われています。
org-error-point-slug-taken = この請願には、同じ短縮名の提出先がすでにあります。

## メール：署名の確定

mail-hello = { $name } 様
mail-hello-anonymous = こんにちは。
mail-verify-subject = 署名の確定をお願いします：{ $title }
mail-reminder-subject = リマインダー：署名を確認してください：{ $title }
mail-reminder-lead = 「{ $title }」に署名されましたが、まだ確認されていないため、署名は数えられていません。リマインダーはこの1通だけです。
mail-verify-thanks = 「{ $title }」にご署名いただき、ありがとうございます。
mail-verify-counts-only = 署名は、確定していただいて初めて数えられます。次のリンクを開き、「署名を確定する」を押してください：
mail-verify-button = 署名を確定する
mail-link-until = このリンクは{ $time }まで有効です。
mail-verify-not-you = この請願に署名した覚えがない場合は、このメールを無視してください。署名が数えられることも、誰かに知らされることもありません。
mail-verify-withdraw = お考えが変わったときは、今すぐでも後からでも、次のリンクで署名を撤回できます（確定の前でも後でも使えます）：
mail-verify-withdraw-link = 署名を撤回する
mail-petition = 請願：{ $link }
mail-petition-link = 請願ページ

## メール：署名済み

mail-already-subject = すでに署名済みです：{ $title }
mail-already-again = このメールアドレスで、請願「{ $title }」への署名がもう一度送信されました。おそらくご本人によるものと思われます。
mail-already-counts = この請願にはすでに署名し、確定済みです。署名は数えられています。これ以上の手続きは必要ありません。

## メール：署名者のデータ

mail-data-subject = { $site } に保存されているご自身のデータ
mail-data-asked =
    { $n ->
       *[other] { $site } で、このメールアドレスについて保存されている情報の確認が依頼されました。おそらくご本人によるものと思われます。このアドレスでは、同サイトで{ $count }件の請願に署名されています。
    }
mail-data-see = 次のリンクから確認でき、必要であれば削除もできます：
mail-data-button = データを確認・削除する
mail-data-only-you = このリンクはこのアドレスだけに送られたため、開けるのはご本人だけです。心当たりがない場合は、このメールを無視してください。何も変更されません。

## メール：主催者への招待

mail-invite-subject = Handover の主催者として招待されました
mail-invite-given = Handover の主催者アカウント（{ $role }）が用意されました。
mail-invite-set = 次の1回限り有効なリンクから、パスワードを設定してください（72時間有効）：
mail-invite-button = パスワードを設定する
mail-invite-ignore = 心当たりがない場合は、このメールを無視してください。

## 提出の日：署名フォームと請願ページ

field-notify-delivery = 署名が提出されたら、お知らせを受け取る
field-notify-delivery-hint = 提出先での提出が終わった後に、メールを1通だけお送りします。これ以上メールを受け取ると危険が及ぶおそれがある場合は、チェックを外してください。
error-point-closed = この提出先の提出用リストはすでに印刷されたため、これ以上署名を受け付けていません。別の提出先を選んでください。
point-delivered-on = { $date }に提出済み
point-status-open = 署名受付中
point-status-printed = 提出用リスト印刷済み
point-status-delivered = 提出済み
point-status-refused = その場で受け取り拒否
point-status-postponed = 延期
delivery-progress = { $points }か所の提出先のうち、{ $delivered }か所で提出済み
delivery-page-link = 提出の日：請願をいつ、どこで手渡すか

## 提出の日：公開ページ

delivery-title = 提出の日
delivery-lead = 請願をいつ、どこで手渡すか、そして各大使館・領事館で何があったかをお知らせします。時刻はそれぞれの場所の現地時間です。
delivery-when = 提出日時
delivery-status = 状態
delivery-count = 署名数
delivery-digest = 提出用リストのハッシュ値
delivery-versions = 印刷した提出用リストの版
delivery-version = 第{ $n }版
delivery-photo-alt = { $point }での提出の様子
delivery-delivered-at = { $when }に提出しました。
delivery-delivered-to = { $when }、{ $who }に手渡しました。
delivery-refused-at = { $when }、その場で受け取りを拒否されました。
delivery-postponed-to = { $when }に延期されました。

## 提出後の撤回

withdrawn-after-delivery = 署名を撤回し、このサイトからデータを削除しました。ただし、署名が記載された紙のリストはすでに手渡されているため、その紙のリストを取り戻すことはできません。

## 提出に関するメールの停止

unsubscribe-title = このオンライン署名に関するメールを停止
unsubscribe-explain = このオンライン署名に関するメール（最新情報と手渡しのお知らせ）は今後届きません。署名は引き続き数えられます。
unsubscribe-button = このメールを停止する
unsubscribed-title = 完了しました
unsubscribed-message = このオンライン署名に関するメール（最新情報と手渡しのお知らせ）は今後届きません。署名は引き続き数えられます。
unsubscribe-link-unknown = このリンクは見つからないか、有効期限が切れています。

## メール：提出

mail-delivered-subject = 署名が提出されました：{ $title }
mail-refused-subject = 提出が拒否されました：{ $title }
mail-postponed-subject = 提出が延期されました：{ $title }
mail-delivered-headline = { $when }、{ $city }の{ $point }で、ご署名を含む合計{ $count }件の署名を手渡しました。
mail-refused-headline = { $when }、{ $city }の{ $point }で、請願の受け取りをその場で拒否されました。
mail-postponed-headline = { $city }の{ $point }での提出は、{ $when }に延期されました。
mail-delivered-page = 各提出先での当日の様子：{ $link }
mail-delivered-page-link = 各提出先での当日の様子
mail-delivered-why = 署名が提出されたときのお知らせをご希望いただいたため、このメールを1通だけお送りしています。このようなメールを停止するには：
mail-delivered-stop = このメールを停止する
mail-delivered-receipt = 受領証は、小さなファイルと書類に印刷されたルートだけで、あなたの署名が提出されたリストに含まれていたことを証明します。ほかの人の名前は含みません。安全な場合にだけ保管してください。保管された受領証は、あなたが署名したことを示します。
mail-delivered-receipt-link = 受領証をダウンロード

## 主催者ページ：提出の日

error-time-zone = 不明なタイムゾーンです。Asia/Seoul や America/Toronto のような名前を使ってください。
org-time-zone = タイムゾーン
org-time-zone-hint = Asia/Seoul や America/Toronto のような名前。タイムゾーンが1つしかない国では空欄のままにしてください。以下の日時はこのタイムゾーンでの時刻です。
org-cutoff-at = 提出用リストの締め切り
org-cutoff-at-hint = この提出先への署名の受付を終了し、提出用リストを固定する日時。空欄の場合は提出の12時間前になります。
org-error-time-zone-needed = この国には複数のタイムゾーンがあります。提出先のタイムゾーンを指定してください。
org-error-cutoff-after-delivery = 締め切りを提出日時より後にすることはできません。
org-delivery-day-link = 提出の日
delivery-day-title = 提出の日
delivery-public-page = 提出の日の公開ページ
delivery-cutoff = 締め切り
delivery-frozen = 固定したリスト
delivery-recorded = 記録
delivery-needs-reprint = 再印刷が必要
delivery-overdue = 記録なし
delivery-countdown = { $hours }時間{ $minutes }分
delivery-countdown-days = { $days }日{ $hours }時間
delivery-cutoff-in = あと{ $left }
delivery-cutoff-passed = 締め切り済み
delivery-version-count = 第{ $n }版：{ $count }件
delivery-recorded-by = { $who }（{ $when }）
delivery-packet = 提出用リスト
delivery-reprint-explain = この版に印刷された署名のうち{ $n }件が、その後撤回または無効化されました。もう一度固定して、新しい版を印刷してください。
delivery-not-frozen = まだ固定されていません。ダウンロードすると、現時点の署名が含まれます。
delivery-version-col = 版
delivery-frozen-at = 固定日時
delivery-freeze-explain = 固定すると、現時点の内容で提出用リストが印刷されます。この提出先への署名の受付は終了し、以後のダウンロードはすべてこの版になります。
delivery-freeze-again-explain = もう一度固定すると、現時点の署名から新しい版が作られます。すべての版が記録に残ります。
delivery-freeze-now = 提出用リストを今すぐ固定する
delivery-freeze-again = もう一度固定する
delivery-record-heading = 提出の記録
delivery-outcome = 結果
delivery-happened-at = 日時
delivery-local-time-hint = 現地時間（{ $zone }）。
delivery-received-by = 受け取った人（任意）
delivery-note = メモ
delivery-postponed-to-field = 延期後の日時
delivery-announce = 受け取り拒否や延期を署名者に知らせる
delivery-announce-hint = 希望した署名者には、署名が提出されたときに必ず1回お知らせします。
delivery-save-record = 記録を保存
delivery-error-outcome = 結果を選んでください。
delivery-error-too-long = 長すぎます。
delivery-error-when = 提出の日時を入力してください。
delivery-error-postponed-to = 延期後の日時を入力してください。
delivery-error-not-frozen = 先に提出用リストを固定してください。印刷する前に提出することはできません。
delivery-error-already-delivered = この提出用リストは提出済みのため、もう一度固定することはできません。
delivery-photos = 写真
delivery-photo-risk = 写真に写った人は、写真が公開されると危険にさらされるおそれがあります。同意した人だけが写るようにしてください。どの写真も、保存する前に位置情報とカメラの情報を取り除きます。
delivery-photo-field = 写真を追加（JPEG、PNG、WebP、15 MBまで）
delivery-photo-add = 写真を追加する
delivery-photo-remove = この写真を削除する
delivery-photo-limit = 1つの提出先に追加できる写真は5枚までです。先に1枚削除してください。
delivery-photo-missing = アップロードする写真を選んでください。
delivery-photo-too-large = このファイルは15 MBを超えています。
delivery-photo-heic = HEIC形式の写真のため、読み込めません。スマートフォンのカメラ設定で「互換性優先」（JPEG）を選ぶか、JPEGとして共有してください。
delivery-photo-not-image = JPEG、PNG、WebPのいずれの画像でもありません。
delivery-photo-too-many-pixels = 画像が大きすぎます（{ $width } × { $height } ピクセル）。
delivery-photo-corrupt = 画像が破損しているため、読み込めません。

## メール：提出用リストの再印刷

mail-reprint-subject = 提出用リストの再印刷が必要です：{ $point }
mail-reprint-body = { $point }の提出用リストの第{ $version }版を固定した後、その版に印刷された署名のうち{ $n }件が撤回または無効化されました。提出の前に、もう一度リストを固定して、新しい版を印刷してください。
mail-reprint-link = 提出先を開く

## 提出用リスト：署名一覧（PDFとHTML）

# 提出するリストの列見出し。
packet-col-number = 番号
packet-col-name = 氏名
packet-col-city = 都市
packet-col-country = 国
packet-col-signed-on = 署名日
packet-col-comment = コメント
packet-col-receipt = 受領証
# 25行ごとに表示します。$count は整形済みの数です：「累計：1,225件」。
packet-running-total = 累計：{ $count }件
# リストの最後の行。
packet-total =
    { $n ->
       *[other] 合計：確認済み署名 { $count }件
    }
# 各ページのフッター。$page と $pages は数です。
packet-page = { $page } / { $pages } ページ
# 各ページのヘッダー：宛先、続いて提出先。
packet-to = 宛先：{ $recipient }
packet-at = 提出先：{ $point }
# 固定した提出用リストの版と、固定した日時：「第2版、2026年12月5日 02:00 KST (UTC+09:00)に固定」。
packet-version = 第{ $version }版、{ $time }に固定
# 一度も固定する前にダウンロードした提出用リスト。
packet-preview = プレビュー：未固定のため、印刷しないでください
packet-part = 第{ $part }分冊（全{ $parts }分冊）、{ $first }～{ $last }行
packet-digest = ハッシュ値
packet-root = Merkleルート

## 提出用リスト：添え状

letter-title = 添え状
letter-to = 宛先
# 提出の場所と日時：「ソウル、2026年12月5日 14:00 KST (UTC+09:00)」。
letter-place-date = { $place }、{ $date }
letter-verified = 確認済み署名
# 数字と文字で書いた数：「1,234（千二百三十四）」。
letter-count-words = { $count }（{ $words }）
letter-collected = 収集期間
letter-period = { $first }から{ $last }まで
letter-none = この提出先に寄せられた確認済み署名はありません。
letter-organized-by = 主催
letter-local-group = 地域のグループ
letter-contact = 連絡先
letter-version = 提出用リストの版
letter-digest = 提出用リストのハッシュ値（SHA-256）
letter-proof = 包含証明
letter-proof-text = { $size }件の署名に対するMerkleルート（RFC 9162, SHA-256）。各署名者は受領証を持っており、このルートだけを用いて、自分の行がこのリストに含まれていることを証明できます。このルートは、提出用リストの固定時に次のURLで公開されました：{ $url }
letter-confirmed = 各署名は、メールで送付した個人用リンクを通じて、署名者本人が確定したものです。同封のリストには、各署名者が選んだ表示方法で氏名を記載しています。
# 提出先の国の言語で書かれた請願本文の見出し。
letter-translation = { $language }の請願文

## 主催者ページ：添え状の連絡先欄

org-field-contact = 先方の担当者向けの連絡先
org-field-contact-hint = メールアドレス、電話番号、またはウェブサイト。すべての提出用リストの添え状に印刷されます。任意。
org-local-group = 地域のグループ
org-local-group-hint = この提出用リストを手渡すグループ。添え状に印刷されます。任意。
org-field-embed-origins = カウンターを表示できるサイト
org-field-embed-origins-hint = このオンライン署名のカウンター（/p/…/embed）をフレーム内に表示できるサイトのオリジン（https://campaign.example など）を1行に1つ。空欄にすると、どのサイトにも許可しません。
org-error-embed-origin = 「{ $origin }」は https://campaign.example のようなサイトのオリジンではありません（パスやワイルドカードは使えません）。
org-point-translations = 他の言語での名称と都市
org-point-translations-hint = その言語の読者に、すべてのページ、メール、JSON で表示されます。空欄の場合は上の名称が表示されます。
embed-sign = このオンライン署名に署名する
embed-new-tab = （新しいタブで開きます）

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = アンドラ
country-AE = アラブ首長国連邦
country-AF = アフガニスタン
country-AG = アンティグア・バーブーダ
country-AI = アンギラ
country-AL = アルバニア
country-AM = アルメニア
country-AO = アンゴラ
country-AQ = 南極
country-AR = アルゼンチン
country-AS = 米領サモア
country-AT = オーストリア
country-AU = オーストラリア
country-AW = アルバ
country-AX = オーランド諸島
country-AZ = アゼルバイジャン
country-BA = ボスニア・ヘルツェゴビナ
country-BB = バルバドス
country-BD = バングラデシュ
country-BE = ベルギー
country-BF = ブルキナファソ
country-BG = ブルガリア
country-BH = バーレーン
country-BI = ブルンジ
country-BJ = ベナン
country-BL = サン・バルテルミー
country-BM = バミューダ
country-BN = ブルネイ
country-BO = ボリビア
country-BQ = オランダ領カリブ
country-BR = ブラジル
country-BS = バハマ
country-BT = ブータン
country-BV = ブーベ島
country-BW = ボツワナ
country-BY = ベラルーシ
country-BZ = ベリーズ
country-CA = カナダ
country-CC = ココス(キーリング)諸島
country-CD = コンゴ民主共和国(キンシャサ)
country-CF = 中央アフリカ共和国
country-CG = コンゴ共和国(ブラザビル)
country-CH = スイス
country-CI = コートジボワール
country-CK = クック諸島
country-CL = チリ
country-CM = カメルーン
country-CN = 中国
country-CO = コロンビア
country-CR = コスタリカ
country-CU = キューバ
country-CV = カーボベルデ
country-CW = キュラソー
country-CX = クリスマス島
country-CY = キプロス
country-CZ = チェコ
country-DE = ドイツ
country-DJ = ジブチ
country-DK = デンマーク
country-DM = ドミニカ国
country-DO = ドミニカ共和国
country-DZ = アルジェリア
country-EC = エクアドル
country-EE = エストニア
country-EG = エジプト
country-EH = 西サハラ
country-ER = エリトリア
country-ES = スペイン
country-ET = エチオピア
country-FI = フィンランド
country-FJ = フィジー
country-FK = フォークランド諸島
country-FM = ミクロネシア連邦
country-FO = フェロー諸島
country-FR = フランス
country-GA = ガボン
country-GB = イギリス
country-GD = グレナダ
country-GE = ジョージア
country-GF = 仏領ギアナ
country-GG = ガーンジー
country-GH = ガーナ
country-GI = ジブラルタル
country-GL = グリーンランド
country-GM = ガンビア
country-GN = ギニア
country-GP = グアドループ
country-GQ = 赤道ギニア
country-GR = ギリシャ
country-GS = サウスジョージア・サウスサンドウィッチ諸島
country-GT = グアテマラ
country-GU = グアム
country-GW = ギニアビサウ
country-GY = ガイアナ
country-HK = 中華人民共和国香港特別行政区
country-HM = ハード島・マクドナルド諸島
country-HN = ホンジュラス
country-HR = クロアチア
country-HT = ハイチ
country-HU = ハンガリー
country-ID = インドネシア
country-IE = アイルランド
country-IL = イスラエル
country-IM = マン島
country-IN = インド
country-IO = 英領インド洋地域
country-IQ = イラク
country-IR = イラン
country-IS = アイスランド
country-IT = イタリア
country-JE = ジャージー
country-JM = ジャマイカ
country-JO = ヨルダン
country-JP = 日本
country-KE = ケニア
country-KG = キルギス
country-KH = カンボジア
country-KI = キリバス
country-KM = コモロ
country-KN = セントクリストファー・ネーヴィス
country-KP = 北朝鮮
country-KR = 韓国
country-KW = クウェート
country-KY = ケイマン諸島
country-KZ = カザフスタン
country-LA = ラオス
country-LB = レバノン
country-LC = セントルシア
country-LI = リヒテンシュタイン
country-LK = スリランカ
country-LR = リベリア
country-LS = レソト
country-LT = リトアニア
country-LU = ルクセンブルク
country-LV = ラトビア
country-LY = リビア
country-MA = モロッコ
country-MC = モナコ
country-MD = モルドバ
country-ME = モンテネグロ
country-MF = サン・マルタン
country-MG = マダガスカル
country-MH = マーシャル諸島
country-MK = 北マケドニア
country-ML = マリ
country-MM = ミャンマー (ビルマ)
country-MN = モンゴル
country-MO = 中華人民共和国マカオ特別行政区
country-MP = 北マリアナ諸島
country-MQ = マルティニーク
country-MR = モーリタニア
country-MS = モントセラト
country-MT = マルタ
country-MU = モーリシャス
country-MV = モルディブ
country-MW = マラウイ
country-MX = メキシコ
country-MY = マレーシア
country-MZ = モザンビーク
country-NA = ナミビア
country-NC = ニューカレドニア
country-NE = ニジェール
country-NF = ノーフォーク島
country-NG = ナイジェリア
country-NI = ニカラグア
country-NL = オランダ
country-NO = ノルウェー
country-NP = ネパール
country-NR = ナウル
country-NU = ニウエ
country-NZ = ニュージーランド
country-OM = オマーン
country-PA = パナマ
country-PE = ペルー
country-PF = 仏領ポリネシア
country-PG = パプアニューギニア
country-PH = フィリピン
country-PK = パキスタン
country-PL = ポーランド
country-PM = サンピエール島・ミクロン島
country-PN = ピトケアン諸島
country-PR = プエルトリコ
country-PS = パレスチナ自治区
country-PT = ポルトガル
country-PW = パラオ
country-PY = パラグアイ
country-QA = カタール
country-RE = レユニオン
country-RO = ルーマニア
country-RS = セルビア
country-RU = ロシア
country-RW = ルワンダ
country-SA = サウジアラビア
country-SB = ソロモン諸島
country-SC = セーシェル
country-SD = スーダン
country-SE = スウェーデン
country-SG = シンガポール
country-SH = セントヘレナ
country-SI = スロベニア
country-SJ = スバールバル諸島・ヤンマイエン島
country-SK = スロバキア
country-SL = シエラレオネ
country-SM = サンマリノ
country-SN = セネガル
country-SO = ソマリア
country-SR = スリナム
country-SS = 南スーダン
country-ST = サントメ・プリンシペ
country-SV = エルサルバドル
country-SX = シント・マールテン
country-SY = シリア
country-SZ = エスワティニ
country-TC = タークス・カイコス諸島
country-TD = チャド
country-TF = 仏領極南諸島
country-TG = トーゴ
country-TH = タイ
country-TJ = タジキスタン
country-TK = トケラウ
country-TL = 東ティモール
country-TM = トルクメニスタン
country-TN = チュニジア
country-TO = トンガ
country-TR = トルコ
country-TT = トリニダード・トバゴ
country-TV = ツバル
country-TW = 台湾
country-TZ = タンザニア
country-UA = ウクライナ
country-UG = ウガンダ
country-UM = 合衆国領有小離島
country-US = アメリカ合衆国
country-UY = ウルグアイ
country-UZ = ウズベキスタン
country-VA = バチカン市国
country-VC = セントビンセント及びグレナディーン諸島
country-VE = ベネズエラ
country-VG = 英領ヴァージン諸島
country-VI = 米領ヴァージン諸島
country-VN = ベトナム
country-VU = バヌアツ
country-WF = ウォリス・フツナ
country-WS = サモア
country-YE = イエメン
country-YT = マヨット
country-ZA = 南アフリカ
country-ZM = ザンビア
country-ZW = ジンバブエ
share-heading = 広めてください
share-lead = 請願は関心のある人が広めることで大きくなります。友人に共有してください：
share-text = 「{ $title }」に署名しました。あなたも署名しませんか？
share-native = 共有…
share-copy = リンクをコピー
share-copied = リンクをコピーしました
share-private = これらのリンクは選んだサービスを開くだけで、このページはどのサービスからも何も読み込みません。

# The rally poster (src/delivery/poster.rs)
poster-scan = スキャンして署名する
poster-or-open = またはこちらを開く：
poster-title = 集会用ポスター
poster-link = この提出先の集会用ポスター（印刷用）
poster-download = ポスターをダウンロード（PDF、A4）
poster-no-rally = この提出先には手渡しの日時がないため、ポスターのリンクに集会用トークンは付きません。現地の署名者には通常のアドレスごとの上限が適用されます。
poster-qr-label = QR コード：この提出先を選んだ状態で署名フォームを開きます

# Updates to signers (src/updates)
field-keep-informed = このオンライン署名の最新情報を受け取る
field-keep-informed-hint = 主催者から進捗をお知らせすることがあります。3日に1通まで、管理者が承認したものだけで、配信停止のリンクが付きます。
mail-update-why = 「{ $title }」に署名し、最新情報の受け取りを希望されたため、このメールをお送りしています。
mail-update-stop = このオンライン署名に関するメールの受信を停止するには：
mail-update-stop-link = メールの受信を停止する
update-too-soon = 最新情報は署名ごとに72時間に1通までです。次は { $when } 以降に送信できます。
update-another-waiting = 別の最新情報が管理者の承認を待っています。先に承認するか破棄してください。
update-needs-another-admin = 自分で書いた最新情報は、別の管理者が承認する必要があります。
update-not-admin = 最新情報を承認できるのは管理者だけです。
update-decided = この最新情報はすでに送信または破棄されています。
update-state-awaiting = 管理者の承認待ち
update-state-discarded = 破棄済み
update-state-sent = { $when } に { $count } 人の署名者へ送信
updates-title = 署名者への最新情報
updates-lead = 最新情報の受け取りを希望した確認済みの署名者に書きます。送信前に管理者が承認します（管理者が1人の場合はその管理者が確定します）。72時間に1通までです。
updates-none = 最新情報はまだありません。
updates-written = { $when } 作成
updates-approve = 承認して送信
updates-discard = 破棄
updates-write = 最新情報を書く
updates-write-hint = オンライン署名の言語で件名と本文を書いてください。他の言語は任意です（どれも読まない署名者にはオンライン署名の言語で届きます）。
updates-optional = 任意
updates-subject = 件名
updates-body = 本文
updates-send-for-approval = 承認を依頼
