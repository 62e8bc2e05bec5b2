using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Scan texts of the Alliance couriers, each in its own house style. Placeholders: {0} the centre's name,
/// {1} courier, {2} courier's phone, {3} who signed, {4} city.
/// </summary>
internal static class DomesticPhrasebook
{
    private sealed record HouseStyle(
        string Brand, string CentreSuffix, string Create, string PickedUp, string Arrived, string Departed,
        string OutForDelivery, string Signed);

    private static readonly Dictionary<int, HouseStyle> Styles = new()
    {
        [Carriers.Zto] = new("中通快递", "转运中心",
            "中通快递已收到订单信息，等待揽收",
            "快件已被【{0}】揽收",
            "快件已到达【{0}】",
            "快件已从【{0}】发出，正在发往下一站",
            "【{0}】的派件员【{1}】正在为您派件，电话：{2}",
            "快件已签收，签收人：{3}。感谢使用中通快递，期待再次为您服务"),
        [Carriers.Sto] = new("申通快递", "分拨中心",
            "申通快递已接单，等待快递员上门揽件",
            "【{0}】已收件",
            "已到达【{0}】",
            "【{0}】已发出",
            "【{0}】派件员：{1}（{2}）正在派件",
            "已签收，签收人：{3}，如有疑问请联系派件员"),
        [Carriers.Yto] = new("圆通速递", "处理中心",
            "圆通速递已收到您的订单，等待揽收",
            "您的快件已被【{0}】揽收",
            "您的快件已到达【{0}】",
            "您的快件已离开【{0}】，准备发往下一站",
            "您的快件正在派送中，派件员：{1}，电话：{2}，请保持电话畅通",
            "您的快件已签收，签收人：{3}"),
    };

    private static readonly string[] Couriers = ["李强", "张伟", "刘洋", "陈磊", "杨帆", "赵勇", "黄涛", "周杰"];
    private static readonly string[] Signers = ["本人", "家人", "前台", "门卫", "同事", "本人", "公司收发室", "本人"];

    public static string Text(int carrierId, StepKind kind, int hubId, int variant)
    {
        var style = Styles[carrierId];
        var city = HubNames.Chinese(hubId);
        var template = kind switch
        {
            StepKind.Create => style.Create,
            StepKind.PickedUp => style.PickedUp,
            StepKind.ArrivedHub => style.Arrived,
            StepKind.DepartedHub => style.Departed,
            StepKind.OutForDelivery => style.OutForDelivery,
            StepKind.Signed => style.Signed,
            StepKind.SignedNeighbour => "快件已由邻居代签收，如有疑问请联系派件员",
            StepKind.SignedLocker => "快件已投递至智能快递柜，已由快递柜代签收",
            StepKind.PickupReady => "快件已到达【菜鸟驿站】，请凭取件码及时取件",
            StepKind.Collected => "快件已从【菜鸟驿站】取出，签收成功",
            StepKind.FailedNotHome => "派件未成功：收件人不在，电话无人接听，将再次派送",
            StepKind.FailedAddress => "派件未成功：收件地址不详，正在联系收件人",
            StepKind.FailedRefused => "收件人拒收，快件将退回",
            StepKind.FailedAccess => "派件未成功：小区禁止快递员进入",
            StepKind.ExcCarrier => "快件在【{0}】分拣异常，正在加急处理",
            StepKind.ExcShipper => "寄件信息有误，等待商家核实",
            StepKind.ExcRecipient => "收件人电话无法接通，派送暂停",
            StepKind.ExcCustoms => "出口报关资料待补充，快件暂扣于【{0}】",
            StepKind.ExcWeather => "受恶劣天气影响，【{0}】作业暂停，快件将延误",
            StepKind.ExcOther => "快件运输途中延误，请耐心等待",
            StepKind.Return => "快件已退回，正在返回寄件人",
            StepKind.ExportCustoms => "快件已在【{4}】完成出口报关",
            StepKind.ArrivedCountry => "快件已到达目的国【{4}】",
            StepKind.ImportCustomsHold => "快件在【{4}】进口清关中，海关查验暂扣",
            StepKind.CustomsReleased => "【{4}】进口清关完成，已放行",
            _ => StepKinds.Code(kind),
        };

        var centre = city + style.CentreSuffix;
        var courier = Couriers[variant % Couriers.Length];
        var phone = $"1{"3578"[variant % 4]}{(hubId * 7 + variant) % 10}{(hubId * 3779 + variant * 911) % 100_000_000:D8}";
        return string.Format(template, centre, courier, phone, Signers[variant % Signers.Length], city);
    }

    public static string Handover(int carrierId, int hubId, string partnerName, string partnerTrackingNumber) =>
        $"{Styles[carrierId].Brand}：快件已在【{HubNames.Chinese(hubId)}】交接给【{partnerName}】，新运单号：{partnerTrackingNumber}";
}
