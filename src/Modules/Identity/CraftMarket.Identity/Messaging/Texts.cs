namespace CraftMarket.Identity;

/// <summary>
/// What we text producers, in their language (most read no English). Kept short: one SMS segment
/// where the alphabet allows. Unknown languages fall back to Vietnamese, the producers' default.
/// </summary>
internal static class Texts
{
    public static string SignInCode(string language, string code) => language switch
    {
        "en" => $"CraftMarket: your sign-in code is {code}. Do not share it.",
        "fr" => $"CraftMarket : votre code de connexion est {code}. Ne le partagez pas.",
        "ja" => $"CraftMarket: ログインコードは {code} です。他人に教えないでください。",
        _ => $"CraftMarket: ma dang nhap cua ban la {code}. Khong chia se ma nay.",
    };

    public static string Invitation(string language, string association, string signInUrl) => language switch
    {
        "en" => $"{association} invites you to CraftMarket. Sign in with this phone number: {signInUrl}",
        "fr" => $"{association} vous invite sur CraftMarket. Connectez-vous avec ce numéro : {signInUrl}",
        "ja" => $"{association} から CraftMarket への招待です。この電話番号でログイン: {signInUrl}",
        _ => $"{association} moi ban tham gia CraftMarket. Dang nhap bang so dien thoai nay: {signInUrl}",
    };
}
